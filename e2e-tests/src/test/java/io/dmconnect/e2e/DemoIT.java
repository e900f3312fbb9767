package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.Dirs;
import io.dmconnect.harness.Ports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/dm-connect demo} as a user runs it: a child process on the demo's fixed ports (3307, 3308, 4000, 9092,
 * 8083), its output captured. The demo itself checks the downstream row by row; this test reads its verdict.
 */
class DemoIT {
    private Process demo;

    @AfterEach
    void killLeftovers() {
        if (demo != null && demo.isAlive()) {
            demo.destroyForcibly();
        }
    }

    @Test
    void migratesTwoShardsIntoOneTableAndEveryRowMatches() throws Exception {
        Path dataDir = Dirs.unique(ItPaths.workDir().toAbsolutePath(), "demo").resolve("dm-connect-demo");
        Path out = dataDir.resolveSibling("demo.out");
        demo = new ProcessBuilder(ItPaths.projectDir().resolve("bin/dm-connect").toString(), "demo", "--data-dir", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(demo.waitFor(6, TimeUnit.MINUTES)).as("the demo finishes within 6 minutes").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(demo.exitValue()).as(output).isZero();
        List<String> table = diffTable(output);
        assertThat(table).as(output).isNotEmpty();
        assertThat(table).allSatisfy(line -> assertThat(line).endsWith("  match"));
        assertThat(table.get(0)).matches("shop\\.orders +(\\d+) +\\1 +([0-9a-f]{16}) +\\2 +match");
        assertThat(output).contains("created up1 from", "created up2 from", "created tidb-sink-shop from",
                "block list: rows of shop_0[12].orders_archive downstream: 0", "RESULT: every table matched");
        // the live view ran: both sources' binlog readers and the sink's apply rate came from the worker's JMX
        assertThat(output).contains("up1 (source)  RUNNING", "tidb-sink-shop (sink)  RUNNING", "  binlog  mysql-bin.", "  applied ");
        // without --keep everything is stopped and the demo folder is gone
        assertThat(dataDir).doesNotExist();
        for (int port : new int[] {3307, 3308, 4000, 9092, 8083}) {
            assertThat(Ports.isListening(port)).as("port %d closed", port).isFalse();
        }
    }

    /** The lines under the diff table's header, up to the first line that is not a table row. */
    private static List<String> diffTable(String output) {
        List<String> lines = Arrays.asList(output.split("\n"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("target table ")).findFirst().orElse(""));
        if (header < 0) {
            return List.of();
        }
        return lines.subList(header + 1, lines.size()).stream().takeWhile(l -> l.matches("\\S+ +\\d+ +\\d+ .*")).toList();
    }
}
