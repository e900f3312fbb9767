package io.dmconnect.e2e;

import io.dmconnect.harness.ChildProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM that starts one child through {@link ChildProcess}, prints the child's pid and waits to be killed.
 * {@link HarnessProcessIT} kills it with SIGKILL to prove the child does not outlive it.
 */
public final class OrphanProbe {
    private OrphanProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sleep", "600"), ChildProcess.Options.logTo(Path.of(args[0])));
        System.out.println("child-pid=" + child.pid());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
