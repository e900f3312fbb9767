package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.ChildProcess;
import io.dmconnect.harness.Wait;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's promise that no server outlives the JVM that started it, even when that JVM is SIGKILLed. */
class HarnessProcessIT {

    @Test
    void aChildDiesWhenItsParentJvmIsKilled() throws Exception {
        Path dir = Files.createDirectories(ItPaths.workDir().resolve("orphan"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanProbe.class.getName(), dir.resolve("sleeper.log").toString())
                .redirectErrorStream(true).start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("child-pid=");
            childPid = Long.parseLong(line.substring("child-pid=".length()));
            assertThat(ProcessHandle.of(childPid)).isPresent();

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs
            parent.waitFor();
        }
        Wait.until(Duration.ofSeconds(10), Duration.ofMillis(200),
                () -> ProcessHandle.of(childPid).map(p -> !p.isAlive()).orElse(true),
                () -> "child " + childPid + " outlived its killed parent");
    }

    @Test
    void stopSendsSigtermFirstAndReportsACleanExit() {
        Path log = ItPaths.workDir().resolve("trap.log");
        ChildProcess trap = ChildProcess.start("trap",
                List.of("sh", "-c", "trap 'echo got-term; exit 0' TERM; while true; do sleep 0.1; done"),
                ChildProcess.Options.logTo(log));
        Wait.sleep(Duration.ofMillis(300));
        assertThat(trap.stop(Duration.ofSeconds(10))).isTrue();
        assertThat(trap.logTail(5)).contains("got-term");
        assertThat(trap.isAlive()).isFalse();
    }
}
