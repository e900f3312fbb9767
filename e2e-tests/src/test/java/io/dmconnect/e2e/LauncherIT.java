package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.Dirs;
import io.dmconnect.harness.Ports;
import io.dmconnect.harness.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code bin/dm-connect worker}, run as a user runs it: a child process whose output is read. */
class LauncherIT {
    private static final String SOURCE = "io.dmconnect.source.mysql.MySqlSourceConnector";
    private static final String SINK = "io.dmconnect.sink.tidb.TiDbSinkConnector";

    private Process launcher;

    @AfterEach
    void killLeftovers() {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroyForcibly();
        }
    }

    @Test
    void workerServesBothPluginsStopsCleanlyAndKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDir = Dirs.unique(ItPaths.workDir().toAbsolutePath(), "launcher");
        int restPort = Ports.free();
        int kafkaPort = Ports.free();

        Path out1 = dataDir.resolve("run1.out");
        startLauncher(dataDir, restPort, kafkaPort, out1);
        String url = "http://127.0.0.1:" + restPort;
        String banner = read(out1);
        assertThat(banner).contains("Connect REST API  " + url, "Kafka bootstrap   127.0.0.1:" + kafkaPort,
                "plugin            " + SOURCE, "plugin            " + SINK, "data              " + dataDir);
        ConnectRestClient rest = new ConnectRestClient(url);
        assertThat(rest.connectorPluginClasses()).contains(SOURCE, SINK);
        rest.createOrUpdate("kept", Map.of("connector.class", SINK, "topics", "t",
                "connection.url", "jdbc:mysql://127.0.0.1:4000/", "connection.username", "u"));
        List<ProcessHandle> servers = launcher.descendants().toList();
        assertThat(servers).as("broker and worker JVMs").hasSizeGreaterThanOrEqualTo(2);

        stopLauncher();
        assertThat(read(out1)).contains("stopping the Connect worker and Kafka ...", "stopped");
        // the servers are gone at once; their watchdog shells notice within a second
        Wait.until(Duration.ofSeconds(10), Duration.ofMillis(200), () -> servers.stream().noneMatch(ProcessHandle::isAlive),
                () -> "still running: " + servers.stream().filter(ProcessHandle::isAlive).toList());
        assertThat(Ports.isListening(restPort)).isFalse();
        assertThat(Ports.isListening(kafkaPort)).isFalse();

        // the same data folder: the connector created before is still configured
        startLauncher(dataDir, restPort, kafkaPort, dataDir.resolve("run2.out"));
        assertThat(rest.connectors()).contains("kept");
        stopLauncher();
        Dirs.delete(dataDir);
    }

    @Test
    void aBusyPortIsAClearErrorAndStartsNothing() throws Exception {
        int restPort = Ports.free();
        try (var busy = new java.net.ServerSocket(restPort, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path dataDir = Dirs.unique(ItPaths.workDir().toAbsolutePath(), "busy");
            Process p = new ProcessBuilder(launcherCommand(dataDir, restPort, Ports.free()))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(output).contains("127.0.0.1:" + restPort + " is already in use", "--rest-port");
            assertThat(dataDir.resolve("kafka")).doesNotExist();
        }
    }

    private void startLauncher(Path dataDir, int restPort, int kafkaPort, Path out) {
        try {
            launcher = new ProcessBuilder(launcherCommand(dataDir, restPort, kafkaPort))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run bin/dm-connect", e);
        }
        Wait.until(Duration.ofSeconds(180), Duration.ofMillis(250), () -> {
            assertThat(launcher.isAlive()).as("bin/dm-connect exited early:\n%s", read(out)).isTrue();
            return read(out).contains("Press Ctrl-C to stop.");
        }, () -> "bin/dm-connect worker did not come up:\n" + read(out));
    }

    /** SIGTERM, as a service manager or Ctrl-C would send; the JVM's exit code is then 128 + 15. */
    private void stopLauncher() throws InterruptedException {
        launcher.destroy();
        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).as("launcher stopped within 2 minutes").isTrue();
        assertThat(launcher.exitValue()).isEqualTo(143);
    }

    private static List<String> launcherCommand(Path dataDir, int restPort, int kafkaPort) {
        return List.of(ItPaths.projectDir().resolve("bin/dm-connect").toString(), "worker",
                "--rest-port", String.valueOf(restPort), "--kafka-port", String.valueOf(kafkaPort),
                "--data-dir", dataDir.toString());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
