package io.dmconnect.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process, its output appended to a log file.
 *
 * <p>Invariant: a child never outlives the JVM that started it unless asked to ({@link Options#detached()}).
 * One shutdown hook stops the live children in reverse start order (a worker before the broker it needs); a
 * watchdog shell covers the JVM being killed with SIGKILL, which runs no hook: it polls both pids every second
 * and kills the child once its parent JVM is gone. Children run in their own session, so a Ctrl-C in the
 * terminal reaches only this JVM, which then stops them in order.
 */
public final class ChildProcess implements AutoCloseable {

    /** How a child is started. {@code detached} children survive the JVM (bin/dm-connect demo --keep). */
    public record Options(Path logFile, Map<String, String> env, boolean detached) {
        public static Options logTo(Path logFile) {
            return new Options(logFile, Map.of(), false);
        }
    }

    private final String name;
    private final Process process;
    private final Path logFile;
    private static final Deque<ChildProcess> LIVE = new ArrayDeque<>();
    private static boolean hookInstalled;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public static ChildProcess start(String name, List<String> command, Options options) {
        try {
            Files.createDirectories(options.logFile().toAbsolutePath().getParent());
            List<String> inOwnSession = new ArrayList<>(command.size() + 1);
            inOwnSession.add("setsid");
            inOwnSession.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(inOwnSession)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(options.env());
            ChildProcess child = new ChildProcess(name, builder.start(), options.logFile());
            if (!options.detached()) {
                startWatchdog(child.pid());
                register(child);
            }
            return child;
        } catch (IOException e) {
            throw new HarnessException("could not start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    private static synchronized void register(ChildProcess child) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAllLive, "stop-child-processes"));
            hookInstalled = true;
        }
        LIVE.push(child);
    }

    private static synchronized void unregister(ChildProcess child) {
        LIVE.remove(child);
    }

    private static void stopAllLive() {
        List<ChildProcess> children;
        synchronized (ChildProcess.class) {
            children = new ArrayList<>(LIVE); // newest first
            LIVE.clear();
        }
        children.forEach(c -> terminate(c.process, Duration.ofSeconds(30)));
    }

    /** The watchdog is a separate session so that it outlives a SIGKILL of this JVM (and of its process group). */
    private static void startWatchdog(long childPid) throws IOException {
        long self = ProcessHandle.current().pid();
        String script = "while kill -0 " + self + " 2>/dev/null && kill -0 " + childPid + " 2>/dev/null; do sleep 1; done; "
                + "kill -9 " + childPid + " 2>/dev/null; exit 0";
        new ProcessBuilder("setsid", "sh", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true)
                .start();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code, or throws if still running. */
    public int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns true when the child exited within the grace period. */
    public boolean stop(Duration grace) {
        unregister(this);
        return terminate(process, grace);
    }

    /** SIGKILL right away, like an OOM killer or a pulled plug: no shutdown code runs in the child. */
    public void kill9() {
        unregister(this);
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(30));
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        return Logs.tail(logFile, lines);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    private static boolean terminate(Process process, Duration grace) {
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        process.destroy();
        boolean clean = awaitExit(process, grace);
        if (!clean) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(30));
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        return clean;
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
