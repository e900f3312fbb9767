package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's multiple-rows grouping (genDMLsWithSameOp / SameTable / SameCols): neighbours of one class, table, shape. */
class MultiRowMergerTest {
    private static final String T = "CREATE TABLE t (id INT PRIMARY KEY, v INT)";
    private static final String INS = "INSERT INTO `db`.`t` (`id`,`v`) VALUES ";
    private static final String REP = "REPLACE INTO `db`.`t` (`id`,`v`) VALUES ";
    private static final String ODKU = " ON DUPLICATE KEY UPDATE `id`=VALUES(`id`),`v`=VALUES(`v`)";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // jobs (! = safe mode, o: = table db.o)                       | max rows | statements (SQL only), ' ; '-separated
            "I id=1,v=1 ; I id=2,v=2 ; I id=3,v=3                           | 100 | " + INS + "(?,?),(?,?),(?,?)",
            // safe-mode INSERTs are REPLACEs, a class of their own
            "I id=1,v=1 ; !I id=2,v=2 ; !I id=3,v=3                         | 100 | " + INS + "(?,?) ; " + REP + "(?,?),(?,?)",
            // another table in between splits the run; only neighbours merge
            "I id=1,v=1 ; o:I id=2,v=2 ; I id=3,v=3                         | 100 | " + INS + "(?,?) ; INSERT INTO `db`.`o` (`id`,`v`) VALUES (?,?) ; " + INS + "(?,?)",
            // another column set splits the run (optimistic shard merge: shards with different columns)
            "I id=1,v=1 ; I id=2 ; I id=3                                   | 100 | " + INS + "(?,?) ; INSERT INTO `db`.`t` (`id`) VALUES (?),(?)",
            // an UPDATE that keeps the key, out of safe mode, becomes INSERT ... ON DUPLICATE KEY UPDATE
            "U id=1,v=1 > id=1,v=2 ; U id=2,v=1 > id=2,v=2                  | 100 | " + INS + "(?,?),(?,?)" + ODKU,
            "U id=1,v=1 > id=1,v=2                                          | 100 | " + INS + "(?,?)" + ODKU,
            // an UPDATE that moves the key keeps its single-row UPDATE (DM's CASE WHEN form is not used)
            "U id=1,v=1 > id=5,v=1 ; U id=2,v=1 > id=6,v=1                  | 100 | UPDATE `db`.`t` SET `id` = ?, `v` = ? WHERE `id` = ? LIMIT 1 ; UPDATE `db`.`t` SET `id` = ?, `v` = ? WHERE `id` = ? LIMIT 1",
            // safe-mode UPDATEs keep their single-row statements: REPLACE, or DELETE + REPLACE on a key change
            "!U id=1,v=1 > id=1,v=2 ; !U id=2,v=1 > id=7,v=1                | 100 | " + REP + "(?,?) ; DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 ; " + REP + "(?,?)",
            // DELETEs by key: one IN list; a lone DELETE keeps its LIMIT 1 form
            "D id=1,v=1 ; D id=2,v=1 ; D id=3,v=1                           | 100 | DELETE FROM `db`.`t` WHERE `id` IN (?,?,?)",
            "D id=1,v=1 ; I id=1,v=2 ; D id=3,v=1                           | 100 | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 ; " + INS + "(?,?) ; DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1",
            // the cap on rows per statement
            "I id=1,v=1 ; I id=2,v=2 ; I id=3,v=3 ; I id=4,v=4 ; I id=5,v=5 | 2   | " + INS + "(?,?),(?,?) ; " + INS + "(?,?),(?,?) ; " + INS + "(?,?)",
            "D id=1,v=1 ; D id=2,v=1 ; D id=3,v=1                           | 2   | DELETE FROM `db`.`t` WHERE `id` IN (?,?) ; DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1",
    })
    void neighboursOfOneClassTableAndShapeMerge(String jobs, int maxRows, String expected) {
        List<Statement> statements = new MultiRowMerger(new DmlBuilder(), maxRows).merge(Jobs.parse(T, jobs));

        assertThat(statements).extracting(Statement::sql).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // a keyless table may hold identical twins: its DELETEs stay single-row with LIMIT 1
            "D a=1,b='x' ; D a=2,b='y'           | DELETE FROM `db`.`t` WHERE `a` <=> ? AND `b` <=> ? LIMIT 1 ; DELETE FROM `db`.`t` WHERE `a` <=> ? AND `b` <=> ? LIMIT 1",
            // without a key every UPDATE changes the identity (the whole row): single-row UPDATEs
            "U a=1,b='x' > a=1,b='y'             | UPDATE `db`.`t` SET `a` = ?, `b` = ? WHERE `a` <=> ? AND `b` <=> ? LIMIT 1",
            "I a=1,b='x' ; I a=1,b='x'           | INSERT INTO `db`.`t` (`a`,`b`) VALUES (?,?),(?,?)",
            // an UPDATE that changes nothing keeps its UPDATE: ON DUPLICATE KEY UPDATE would insert a twin here
            "U a=1,b='x' > a=1,b='x'             | UPDATE `db`.`t` SET `a` = ?, `b` = ? WHERE `a` <=> ? AND `b` <=> ? LIMIT 1",
    })
    void keylessTables(String jobs, String expected) {
        List<Statement> statements = new MultiRowMerger(new DmlBuilder(), 100).merge(Jobs.parse(Tables.KEYLESS, jobs));

        assertThat(statements).extracting(Statement::sql).containsExactly(expected.split(" ; "));
    }

    @Test
    void rowsCountEveryMergedChangeAndParametersKeepTheirOrder() {
        List<Statement> statements = new MultiRowMerger(new DmlBuilder(), 100)
                .merge(Jobs.parse(T, "I id=1,v=10 ; I id=2,v=20 ; D id=7,v=0 ; D id=8,v=0"));

        assertThat(statements).extracting(Statement::rows).containsExactly(2, 2);
        assertThat(statements).extracting(Statement::params)
                .containsExactly(List.of(1L, 10L, 2L, 20L), List.of(7L, 8L));
    }

    @Test
    void aStatementNeverExceedsTheProtocolsPlaceholderLimit() {
        TableSchema wide = wideTable(700); // 65,535 / 700 = 93 rows per statement
        List<DmlJob> jobs = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < 700; c++) {
                row.put("c" + c, (long) (r * 1000 + c));
            }
            jobs.add(new DmlJob(RowChange.insert(wide, row, r), false));
        }

        List<Statement> statements = new MultiRowMerger(new DmlBuilder(), 1000).merge(jobs);

        assertThat(statements).extracting(Statement::rows).containsExactly(93, 7);
        assertThat(statements).allSatisfy(s -> assertThat(s.params()).hasSizeLessThanOrEqualTo(65_535));
    }

    private static TableSchema wideTable(int columns) {
        List<ColumnDef> defs = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            defs.add(ColumnDef.of("c" + c, "bigint"));
        }
        return TableSchema.of(new TableId("db", "wide"), defs,
                List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("c0"))));
    }
}
