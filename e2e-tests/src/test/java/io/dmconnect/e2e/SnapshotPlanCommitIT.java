package io.dmconnect.e2e;

import static io.dmconnect.e2e.SnapshotCluster.checksum;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.harness.TopicReader;
import io.dmconnect.harness.Wait;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker killed after task 0 planned a snapshot but before the plan reached the committed offsets: the restarted
 * task plans again at a later position. If the first plan's chunks had been published, a row deleted between the two
 * plans would stay downstream (its DELETE lies before the second plan's stream start). The worker here commits
 * offsets every 15 s, so the kill lands inside that window deterministically.
 */
class SnapshotPlanCommitIT {
    private static SnapshotCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new SnapshotCluster("plan", 151, 15_000);
        cluster.upstream.execute("CREATE DATABASE seq", "CREATE DATABASE pc",
                "CREATE TABLE pc.t (id INT PRIMARY KEY, v VARCHAR(20))",
                "INSERT INTO pc.t SELECT seq, CONCAT('v', seq) FROM seq.seq_1_to_3000");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCrashBeforeThePlanIsCommittedLeavesNoDeletedRowDownstream() {
        cluster.worker.rest().createOrUpdate("pc", cluster.source("pc", 7301, "pc", 1));
        cluster.worker.rest().awaitRunning("pc", 1, SnapshotCluster.TIMEOUT);
        Wait.sleep(Duration.ofSeconds(5)); // planned, its first records sent; the first offset commit is ~10 s away
        assertThat(cluster.offsets("pc")).as("the plan is not committed yet").isEmpty();
        assertThat(TopicReader.read(cluster.broker.bootstrapServers(), "pc.pc.t", 2, Duration.ofSeconds(3)))
                .as("no snapshot row before the plan is committed (only the table's CREATE record)").hasSizeLessThan(2);
        cluster.worker.kill9();
        cluster.upstream.execute("DELETE FROM pc.t WHERE id <= 1000");
        cluster.worker.restart();
        cluster.worker.rest().createOrUpdate("pc-down", cluster.sink("pc\\.pc\\..*"));
        cluster.awaitEqual(checksum("pc.t", "id, v"), "pc", "pc-down");
    }
}
