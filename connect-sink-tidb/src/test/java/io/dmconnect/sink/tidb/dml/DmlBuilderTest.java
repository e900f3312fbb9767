package io.dmconnect.sink.tidb.dml;

import static io.dmconnect.sink.tidb.dml.Tables.change;
import static io.dmconnect.sink.tidb.dml.Tables.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.TableSchema;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden SQL of every statement form; a statement prints as {@code sql [params]}. */
class DmlBuilderTest {
    private static final String PK_UK = Tables.PK_UK;
    private final DmlBuilder builder = new DmlBuilder();

    @ParameterizedTest(name = "[{index}] {1} safe={2}")
    @CsvSource(delimiter = '|', value = {
            // table | change | safe mode | statements, ' ; '-separated
            // INSERT: plain, and REPLACE in safe mode (DM genSQLs)
            PK_UK + " | I id=1,u=2,v='a' | false | INSERT INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [1, 2, a]",
            PK_UK + " | I id=1,u=2,v='a' | true  | REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [1, 2, a]",
            // UPDATE sets every written column and finds the row by the before image's identity, LIMIT 1
            PK_UK + " | U id=1,u=2,v='a' > id=1,u=2,v='b' | false | UPDATE `db`.`t` SET `id` = ?, `u` = ?, `v` = ? WHERE `id` = ? LIMIT 1 [1, 2, b, 1]",
            PK_UK + " | U id=1,u=2,v='a' > id=9,u=2,v='a' | false | UPDATE `db`.`t` SET `id` = ?, `u` = ?, `v` = ? WHERE `id` = ? LIMIT 1 [9, 2, a, 1]",
            // safe mode: a key-preserving UPDATE is a lone REPLACE ...
            PK_UK + " | U id=1,u=2,v='a' > id=1,u=2,v='b' | true  | REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [1, 2, b]",
            // ... an UPDATE that changes the PK or any unique key is DELETE(old identity) + REPLACE
            PK_UK + " | U id=1,u=2,v='a' > id=9,u=2,v='a' | true  | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 [1] ; REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [9, 2, a]",
            PK_UK + " | U id=1,u=2,v='a' > id=1,u=3,v='a' | true  | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 [1] ; REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [1, 3, a]",
            PK_UK + " | U id=1,u=null,v='a' > id=1,u=3,v='a' | true | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 [1] ; REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) [1, 3, a]",
            // without a key every changed value counts as a key change (DM compares whole rows)
            Tables.KEYLESS + " | U a=1,b='x' > a=1,b='y' | true | DELETE FROM `db`.`t` WHERE `a` <=> ? AND `b` <=> ? LIMIT 1 [1, x] ; REPLACE INTO `db`.`t` (`a`,`b`) VALUES (?,?) [1, y]",
            // a change only in a column the target lacks still replaces the keyless row rather than adding a twin
            Tables.KEYLESS + " | U a=1,b='x',gone=1 > a=1,b='x',gone=2 | true | DELETE FROM `db`.`t` WHERE `a` <=> ? AND `b` <=> ? LIMIT 1 [1, x] ; REPLACE INTO `db`.`t` (`a`,`b`) VALUES (?,?) [1, x]",
            Tables.KEYLESS + " | U a=1,b=null > a=2,b=null | false | UPDATE `db`.`t` SET `a` = ?, `b` = ? WHERE `a` <=> ? AND `b` <=> ? LIMIT 1 [2, null, 1, null]",
            // DELETE, in or out of safe mode
            PK_UK + " | D id=1,u=2,v='a' | false | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 [1]",
            PK_UK + " | D id=1,u=2,v='a' | true  | DELETE FROM `db`.`t` WHERE `id` = ? LIMIT 1 [1]",
            Tables.COMPOSITE + " | D a=1,b='k',v=3 | false | DELETE FROM `db`.`t` WHERE `a` = ? AND `b` = ? LIMIT 1 [1, k]",
            Tables.NULL_UKS + " | D x=null,y=4,v=1 | false | DELETE FROM `db`.`t` WHERE `y` = ? LIMIT 1 [4]",
            Tables.NULL_UKS + " | D x=null,y=null,v=1 | false | DELETE FROM `db`.`t` WHERE `x` <=> ? AND `y` <=> ? AND `v` <=> ? LIMIT 1 [null, null, 1]",
            // generated columns are never written; columns the target lacks are ignored
            "CREATE TABLE t (id INT PRIMARY KEY, a INT, g INT AS (a * 2) STORED) | I id=1,a=2,g=4 | false | INSERT INTO `db`.`t` (`id`,`a`) VALUES (?,?) [1, 2]",
            "CREATE TABLE t (id INT PRIMARY KEY, a INT, g INT AS (a * 2)) | U id=1,a=2,g=4 > id=1,a=3,g=6 | false | UPDATE `db`.`t` SET `id` = ?, `a` = ? WHERE `id` = ? LIMIT 1 [1, 3, 1]",
            PK_UK + " | I id=1,gone=5,v='a' | false | INSERT INTO `db`.`t` (`id`,`v`) VALUES (?,?) [1, a]",
            // columns are written in table order, found case-insensitively
            PK_UK + " | I V='a',ID=1 | false | INSERT INTO `db`.`t` (`id`,`v`) VALUES (?,?) [1, a]",
            // identifiers are backquoted with backquotes doubled
            "CREATE TABLE `we``ird` (`c``1` INT PRIMARY KEY, `d.e` INT) | U c`1=1,d.e=2 > c`1=1,d.e=3 | false | UPDATE `db`.`we``ird` SET `c``1` = ?, `d.e` = ? WHERE `c``1` = ? LIMIT 1 [1, 3, 1]",
    })
    void singleRowStatements(String table, String change, boolean safeMode, String expected) {
        List<Statement> statements = builder.statements(change(table, change), safeMode);

        assertThat(statements).extracting(Statement::toString).containsExactly(expected.split(" ; "));
        assertThat(statements).allSatisfy(s -> assertThat(s.rows()).isEqualTo(1));
    }

    @ParameterizedTest(name = "[{index}] {2}: {1}")
    @CsvSource(delimiter = '|', value = {
            // table | changes, ' ; '-separated | form | statement
            PK_UK + " | I id=1,u=1,v='a' ; I id=2,u=null,v='b' | INSERT  | INSERT INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?),(?,?,?) [1, 1, a, 2, null, b]",
            PK_UK + " | I id=1,u=1,v='a' ; I id=2,u=null,v='b' | REPLACE | REPLACE INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?),(?,?,?) [1, 1, a, 2, null, b]",
            PK_UK + " | U id=1,u=1,v='a' > id=1,u=1,v='x' ; U id=2,u=2,v='b' > id=2,u=2,v='y' | UPSERT | "
                    + "INSERT INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?),(?,?,?) ON DUPLICATE KEY UPDATE `id`=VALUES(`id`),`u`=VALUES(`u`),`v`=VALUES(`v`) [1, 1, x, 2, 2, y]",
            PK_UK + " | I id=1,u=1,v='a' | UPSERT | INSERT INTO `db`.`t` (`id`,`u`,`v`) VALUES (?,?,?) ON DUPLICATE KEY UPDATE `id`=VALUES(`id`),`u`=VALUES(`u`),`v`=VALUES(`v`) [1, 1, a]",
    })
    void multiRowInserts(String table, String changes, DmlBuilder.InsertForm form, String expected) {
        Statement statement = builder.insertRows(changes(table, changes), form);

        assertThat(statement).hasToString(expected);
        assertThat(statement.rows()).isEqualTo(changes.split(" ; ").length);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            // one key column: a plain IN list
            PK_UK + " | D id=1,u=1,v='a' ; D id=2,u=null,v='b' ; D id=3,u=3,v='c' | DELETE FROM `db`.`t` WHERE `id` IN (?,?,?) [1, 2, 3]",
            // several key columns: a row constructor
            Tables.COMPOSITE + " | D a=1,b='x',v=0 ; D a=1,b='y',v=0 | DELETE FROM `db`.`t` WHERE (`a`,`b`) IN ((?,?),(?,?)) [1, x, 1, y]",
            // identities on different keys: OR-ed conditions, each naming one row
            Tables.NULL_UKS + " | D x=1,y=null,v=0 ; D x=null,y=2,v=0 | DELETE FROM `db`.`t` WHERE (`x` = ?) OR (`y` = ?) [1, 2]",
            Tables.NULL_UKS + " | D x=1,y=5,v=0 ; D x=2,y=null,v=0 | DELETE FROM `db`.`t` WHERE `x` IN (?,?) [1, 2]",
            // a NULL in a NOT NULL key (bad data) cannot go into an IN list: OR-ed NULL-safe conditions
            Tables.NN_UK + " | D u=1,v=0 ; D u=null,v=0 | DELETE FROM `db`.`t` WHERE (`u` = ?) OR (`u` <=> ?) [1, null]",
    })
    void multiRowDeletes(String table, String changes, String expected) {
        Statement statement = builder.deleteRows(changes(table, changes));

        assertThat(statement).hasToString(expected);
        assertThat(statement.rows()).isEqualTo(changes.split(" ; ").length);
    }

    @Test
    void rowsWithoutAUniqueIdentityAreNeverDeletedTogether() {
        // a keyless table may hold identical twins: only DELETE ... LIMIT 1 removes exactly one of them
        assertThatThrownBy(() -> builder.deleteRows(changes(Tables.KEYLESS, "D a=1,b='x' ; D a=2,b='y'")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LIMIT 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I id=1,u=1,v='a' ; I id=2,v='b'",
            "I id=1,v='a' ; I id=2,u=2,v='b'",
    })
    void aMultiRowInsertNeedsOneColumnSet(String changes) {
        assertThatThrownBy(() -> builder.insertRows(changes(PK_UK, changes), DmlBuilder.InsertForm.INSERT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same columns");
    }

    @Test
    void aMultiRowStatementNeedsOneTable() {
        TableSchema other = schema("CREATE TABLE o (id INT PRIMARY KEY, u INT UNIQUE, v VARCHAR(20))");
        List<RowChange> rows = List.of(change(PK_UK, "D id=1"), Tables.change(other, "D id=2", 0));

        assertThatThrownBy(() -> builder.deleteRows(rows)).hasMessageContaining("one table");
        assertThatThrownBy(() -> builder.insertRows(List.of(change(PK_UK, "I id=1"), Tables.change(other, "I id=2", 0)),
                DmlBuilder.InsertForm.REPLACE)).hasMessageContaining("one table");
    }

    @Test
    void anUpdateThatWritesNoColumnIsRefused() {
        assertThatThrownBy(() -> builder.update(change(PK_UK, "U id=1 > gone=2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writes no column");
    }

    @Test
    void binaryValuesArePassedAsTheyAre() {
        byte[] key = {0x0a, 0x00};
        RowChange change = RowChange.delete(schema("CREATE TABLE t (k VARBINARY(4) PRIMARY KEY)"),
                java.util.Map.of("k", key), 0);

        assertThat(builder.delete(change).params()).singleElement().isSameAs(key);
    }

    static List<RowChange> changes(String table, String specs) {
        return Arrays.stream(specs.split(" ; ")).map(s -> change(table, s.trim())).toList();
    }
}
