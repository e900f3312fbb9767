package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.ConnectWorker;
import io.dmconnect.harness.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code bin/dm-connect run} against a running Connect worker (--connect-url), as a user runs it: a child process. */
class RunValidationIT {
    private static KafkaBroker broker;
    private static ConnectWorker worker;

    @BeforeAll
    static void start() {
        Path work = ItPaths.workDir();
        broker = KafkaBroker.builder(work.resolve("runval-kafka-" + ProcessHandle.current().pid())).start();
        worker = ConnectWorker.builder(broker.bootstrapServers(), ItPaths.pluginDir(),
                work.resolve("runval-connect-" + ProcessHandle.current().pid())).start();
    }

    @AfterAll
    static void stop() {
        if (worker != null) {
            worker.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyErrorOfEveryFileIsPrintedWithItsKeyAndNothingIsCreated() throws Exception {
        Path dir = Files.createDirectories(ItPaths.workDir().resolve("runval-" + ProcessHandle.current().pid()));
        Path source = Files.writeString(dir.resolve("bad-source.properties"), String.join("\n",
                "name=bad-up", "connector.class=io.dmconnect.source.mysql.MySqlSourceConnector",
                "database.hostname=127.0.0.1", "database.port=99999", "database.user=dm_source", "database.server.id=5001",
                "topic.prefix=up1", "schema.history.kafka.bootstrap.servers=" + broker.bootstrapServers(),
                "filters=f1", "filters.f1.schema.pattern=shop", "filters.f1.events=insert", "filters.f1.actoin=Ignore", ""));
        // a valid file next to it: it must not be created either
        Path sink = Files.writeString(dir.resolve("good-sink.properties"), String.join("\n",
                "name=good-sink", "connector.class=io.dmconnect.sink.tidb.TiDbSinkConnector", "topics=t",
                "connection.url=jdbc:mysql://127.0.0.1:4000/", "connection.username=dm_target", ""));

        Process p = new ProcessBuilder(ItPaths.projectDir().resolve("bin/dm-connect").toString(), "run", source.toString(),
                sink.toString(), "--connect-url", worker.url()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("configuration errors; nothing was created or changed",
                source + " (connector bad-up):",
                "  database.port: Invalid value 99999 for configuration database.port: Value must be no more than 65535",
                "  filters.f1.actoin: unknown binlog event filter key", "  filters.f1.action: required");
        assertThat(output).doesNotContain("good-sink):", "created good-sink", "created bad-up");
        assertThat(worker.rest().connectors()).isEmpty();
    }

    @Test
    void aFileWithoutNameIsRefusedBeforeTheClusterIsAsked() throws Exception {
        Path dir = Files.createDirectories(ItPaths.workDir().resolve("runval-" + ProcessHandle.current().pid()));
        Path nameless = Files.writeString(dir.resolve("nameless.properties"), "connector.class=x\n");
        Process p = new ProcessBuilder(ItPaths.projectDir().resolve("bin/dm-connect").toString(), "run", nameless.toString(),
                "--connect-url", worker.url()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains(nameless + ": name missing");
        assertThat(worker.rest().connectors()).isEqualTo(List.of());
    }
}
