package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.ServerFlavor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlIdempotenceTest {

    /** A second run is harmless when DM's rewrites or the "already done" errors absorb it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE t (id INT)                                    | true
            DROP TABLE t                                               | true
            TRUNCATE TABLE t                                           | true
            CREATE DATABASE d                                          | true
            ALTER TABLE t ADD COLUMN c INT                             | true
            ALTER TABLE t DROP COLUMN c                                | true
            ALTER TABLE t MODIFY c BIGINT                              | true
            ALTER TABLE t ADD PRIMARY KEY (id)                         | true
            ALTER TABLE t ADD INDEX i (c)                              | true
            CREATE INDEX i ON t (c)                                    | true
            ALTER TABLE t ADD INDEX (c)                                | false
            ALTER TABLE t ADD UNIQUE (c)                               | false
            ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES p (id) | true
            ALTER TABLE t ADD FOREIGN KEY (c) REFERENCES p (id)        | false
            ALTER TABLE t ADD CONSTRAINT ck CHECK (c > 0)              | true
            ALTER TABLE t ADD CHECK (c > 0)                            | false
            RENAME TABLE t TO u                                        | false
            ALTER TABLE t RENAME TO u                                  | false
            ALTER TABLE t ADD PARTITION (PARTITION p3 VALUES LESS THAN (30)) | true
            ALTER TABLE t ADD PARTITION PARTITIONS 2                   | false
            ALTER TABLE t DROP PARTITION p1                            | true
            ALTER TABLE t TRUNCATE PARTITION p1                        | true
            ALTER TABLE t COALESCE PARTITION 2                         | false
            ALTER TABLE t EXCHANGE PARTITION p1 WITH TABLE x           | false
            ALTER TABLE t REORGANIZE PARTITION p1 INTO (PARTITION p1a VALUES LESS THAN (5), PARTITION p1b VALUES LESS THAN (10)) | false
            """)
    void knowsWhichDdlMayRunTwice(String statement, boolean expected) {
        var piece = ((ParsedStatement.Ddl) new DdlParser(ServerFlavor.MARIADB_10_11).parse(statement, "d"))
                .pieces().get(0);
        assertThat(DdlIdempotence.idempotent(piece)).isEqualTo(expected);
    }
}
