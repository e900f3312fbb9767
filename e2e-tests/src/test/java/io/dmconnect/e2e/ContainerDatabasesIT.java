package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dmconnect.harness.ContainerDatabase;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers variants: a MySQL 8.0 upstream and a TiDB downstream. They run where a Docker engine is
 * reachable and are skipped, with the reason, where it is not (the build machines have none; the MariaDB
 * child-process path in the other ITs is what runs there).
 */
class ContainerDatabasesIT {
    private static Optional<String> noDocker;

    @BeforeAll
    static void probeDocker() {
        noDocker = ContainerDatabase.dockerUnavailableReason();
    }

    @Test
    void mysql8UpstreamHasRowBinlogGtidAndDmAccounts() {
        assumeTrue(noDocker.isEmpty(), () -> noDocker.orElse(""));
        try (ContainerDatabase mysql = ContainerDatabase.mysql8Upstream("mysql8", 301)) {
            assertThat(mysql.query("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@binlog_row_metadata, @@gtid_mode").get(0))
                    .containsExactly("1", "ROW", "FULL", "FULL", "ON");
            assertThat(mysql.query("SHOW GRANTS FOR 'dm_source'@'%'").get(0).get(0))
                    .contains("SELECT", "RELOAD", "LOCK TABLES", "REPLICATION SLAVE", "REPLICATION CLIENT");
        }
    }

    @Test
    void tidbDownstreamAnswersWithTargetAccount() {
        assumeTrue(noDocker.isEmpty(), () -> noDocker.orElse(""));
        try (ContainerDatabase tidb = ContainerDatabase.tidbDownstream("tidb")) {
            assertThat(tidb.queryValue("SELECT VERSION()")).contains("TiDB");
            tidb.execute("CREATE DATABASE shop", "CREATE TABLE shop.t (id INT PRIMARY KEY)");
            assertThat(tidb.query("SHOW GRANTS FOR 'dm_target'@'%'").get(0).get(0)).contains("INSERT", "ALTER", "INDEX");
        }
    }
}
