package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sink's routing: every table name of a statement replaced, SQL printed afresh. */
class RenamedTest {
    /** shard_NN.* -> merged.*; everything else unchanged. */
    private static final Function<TableId, TableId> ROUTE = id -> id.schema().startsWith("shard_")
            ? new TableId("merged", id.table()) : id;

    private final DdlParser parser = new DdlParser(ServerFlavor.MARIADB_10_11);

    private List<SingleDdl> pieces(String sql) {
        return ((ParsedStatement.Ddl) parser.parse(sql, "shard_01")).pieces();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD c INT | ALTER TABLE `merged`.`t` ADD c INT",
            "ALTER TABLE t RENAME TO t2, ADD c INT | ALTER TABLE `merged`.`t` RENAME TO `merged`.`t2`"
                    + " ;; ALTER TABLE `merged`.`t2` ADD c INT",
            "RENAME TABLE t TO other.t | RENAME TABLE `merged`.`t` TO `other`.`t`",
            "CREATE TABLE t LIKE shard_02.s | CREATE TABLE IF NOT EXISTS `merged`.`t` LIKE `merged`.`s`",
            "CREATE TABLE c (p INT, FOREIGN KEY (p) REFERENCES par (id)) | CREATE TABLE IF NOT EXISTS `merged`.`c`"
                    + " (p INT, FOREIGN KEY (p) REFERENCES `merged`.`par` (id))",
            "ALTER TABLE c ADD CONSTRAINT f FOREIGN KEY (p) REFERENCES par(id) | ALTER TABLE `merged`.`c`"
                    + " ADD CONSTRAINT f FOREIGN KEY (p) REFERENCES `merged`.`par`(id)",
            "ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE x | ALTER TABLE `merged`.`t` EXCHANGE PARTITION p0"
                    + " WITH TABLE `merged`.`x`",
            "DROP TABLE a, keep.b | DROP TABLE IF EXISTS `merged`.`a` ;; DROP TABLE IF EXISTS `keep`.`b`",
            "CREATE INDEX i ON t (a) | CREATE INDEX i ON `merged`.`t` (a)",
            "DROP INDEX i ON t | DROP INDEX IF EXISTS `i` ON `merged`.`t`",
            "TRUNCATE t | TRUNCATE TABLE `merged`.`t`",
    })
    void replacesEveryTableName(String sql, String expected) {
        assertThat(pieces(sql).stream().map(p -> p.renamed(ROUTE).sql()).collect(Collectors.joining(" ;; ")))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE DATABASE shard_01 | CREATE DATABASE IF NOT EXISTS `merged`",
            "DROP DATABASE shard_01   | DROP DATABASE IF EXISTS `merged`",
            "ALTER DATABASE CHARACTER SET latin1 | ALTER DATABASE `merged` CHARACTER SET latin1",
    })
    void renamesSchemaOnlyIds(String sql, String expected) {
        SingleDdl renamed = pieces(sql).get(0).renamed(ROUTE);
        assertThat(renamed.sql()).isEqualTo(expected);
        assertThat(renamed.table()).isEqualTo(TableId.schemaOnly("merged"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t RENAME TO t2                        | merged.t | merged.t2 | merged.t2",
            "RENAME TABLE t TO t2                              | merged.t | merged.t2 | ''",
            "CREATE TABLE t LIKE s                             | merged.t | ''        | merged.s",
            "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p(id) | merged.t | ''       | merged.p",
            "ALTER TABLE t EXCHANGE PARTITION p WITH TABLE x   | merged.t | ''        | merged.x",
    })
    void renamesTheStructuredFieldsToo(String sql, String table, String newTable, String inDetail) {
        SingleDdl renamed = pieces(sql).get(0).renamed(ROUTE);
        assertThat(renamed.table().toString()).isEqualTo(table);
        assertThat(renamed.newTable() == null ? "" : renamed.newTable().toString()).isEqualTo(newTable);
        DdlDetail d = renamed.detail();
        String detailTable = d instanceof AlterSpec.RenameTable r ? r.newTable().toString()
                : d instanceof DdlDetail.LikeTable l ? l.source().toString()
                : d instanceof AlterSpec.AddForeignKey f ? f.foreignKey().refTable().toString()
                : d instanceof AlterSpec.Partition p ? p.tables().get(0).toString() : "";
        assertThat(detailTable).isEqualTo(inDetail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD c INT",
            "CREATE TABLE t (a INT, KEY (a)) ENGINE=InnoDB",
            "RENAME TABLE a TO b",
    })
    void identityRenameChangesNothing(String sql) {
        for (SingleDdl piece : pieces(sql)) {
            assertThat(piece.renamed(Function.identity())).isEqualTo(piece);
        }
    }
}
