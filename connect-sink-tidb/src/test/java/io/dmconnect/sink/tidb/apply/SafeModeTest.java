package io.dmconnect.sink.tidb.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SafeModeTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    @Test
    void onForTheDurationAfterStartThenUntilTheExitPoint() {
        SafeMode s = new SafeMode(false, 60_000, 1_000);
        assertThat(s.on(TP, 0, 30_000)).isTrue();
        assertThat(s.on(TP, 0, 61_000)).isFalse();
        s.exitPoint(TP, 500);
        assertThat(s.on(TP, 499, 100_000)).isTrue();
        assertThat(s.on(TP, 500, 100_000)).isFalse();
        assertThat(s.on(new TopicPartition("t", 1), 0, 100_000)).isFalse();
    }

    @Test
    void alwaysWhenConfigured() {
        assertThat(new SafeMode(true, 0, 0).on(TP, 1_000_000, Long.MAX_VALUE)).isTrue();
    }

    @Test
    void downstreamUrlsGetBatchingAndTimeoutsUnlessSet() {
        assertThat(DownstreamConnections.withDefaults("jdbc:mysql://tidb:4000/")).startsWith("jdbc:mysql://tidb:4000/?rewriteBatchedStatements=true&")
                .contains("connectTimeout=10000").contains("&cachePrepStmts=true&prepStmtCacheSize=64&prepStmtCacheSqlLimit=8192");
        assertThat(DownstreamConnections.withDefaults("jdbc:mysql://tidb:4000/?connectTimeout=5")).contains("connectTimeout=5")
                .doesNotContain("connectTimeout=10000");
        assertThat(DownstreamConnections.withDefaults("jdbc:mysql://tidb:4000/?cachePrepStmts=false"))
                .contains("cachePrepStmts=false").doesNotContain("cachePrepStmts=true");
    }
}
