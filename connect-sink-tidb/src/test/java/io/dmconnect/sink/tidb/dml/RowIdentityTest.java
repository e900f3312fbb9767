package io.dmconnect.sink.tidb.dml;

import static io.dmconnect.sink.tidb.dml.Tables.row;
import static io.dmconnect.sink.tidb.dml.Tables.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's WHERE identity (where_handle.go getWhereIdxByData), one row per precedence rule. */
class RowIdentityTest {
    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', value = {
            // table                                                                            | image                  | kind                   | condition
            // 1. the primary key wins over any unique key, even a NOT NULL one declared first
            "CREATE TABLE t (u INT NOT NULL UNIQUE, id INT PRIMARY KEY, v INT)                    | u=1, id=2, v=3         | PRIMARY_KEY            | `id` = ?",
            "CREATE TABLE t (a INT, b VARCHAR(10), v INT, PRIMARY KEY (a, b))                     | a=1, b='x', v=3        | PRIMARY_KEY            | `a` = ? AND `b` = ?",
            // 2. no PK: the first unique key whose columns are all NOT NULL, not the first unique key
            "CREATE TABLE t (x INT UNIQUE, y INT NOT NULL, v INT, UNIQUE KEY uy (y))              | x=1, y=2, v=3          | UNIQUE_NOT_NULL        | `y` = ?",
            "CREATE TABLE t (x INT NOT NULL, y INT NOT NULL, UNIQUE KEY ux (x), UNIQUE KEY uy (y)) | x=1, y=2              | UNIQUE_NOT_NULL        | `x` = ?",
            // 3. only nullable unique keys: the first whose values are all non-NULL in this image
            "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY ux (x), UNIQUE KEY uy (y))           | x=1, y=2, v=3          | UNIQUE_NON_NULL_VALUES | `x` = ?",
            "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY ux (x), UNIQUE KEY uy (y))           | x=null, y=2, v=3       | UNIQUE_NON_NULL_VALUES | `y` = ?",
            "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY uxy (x, y))                          | x=1, y=null, v=3       | ALL_COLUMNS            | `x` <=> ? AND `y` <=> ? AND `v` <=> ?",
            // 4. no usable key: every column, NULL-safe (a NULL must match NULL)
            "CREATE TABLE t (x INT, y INT, v INT, UNIQUE KEY ux (x), UNIQUE KEY uy (y))           | x=null, y=null, v=3    | ALL_COLUMNS            | `x` <=> ? AND `y` <=> ? AND `v` <=> ?",
            "CREATE TABLE t (a INT, b VARCHAR(10))                                                | a=1, b=null            | ALL_COLUMNS            | `a` <=> ? AND `b` <=> ?",
            // a plain (non-unique) index never identifies a row
            "CREATE TABLE t (a INT NOT NULL, b INT, KEY ia (a))                                   | a=1, b=2               | ALL_COLUMNS            | `a` <=> ? AND `b` <=> ?",
            // a key the image does not carry is skipped (DM: index columns missing in the source table)
            "CREATE TABLE t (id INT PRIMARY KEY, u INT NOT NULL UNIQUE, v INT)                    | u=5, v=1               | UNIQUE_NOT_NULL        | `u` = ?",
            // columns the target does not have are ignored; the fallback keeps table order
            "CREATE TABLE t (a INT, b INT)                                                        | b=2, zz=9, a=1         | ALL_COLUMNS            | `a` <=> ? AND `b` <=> ?",
            // generated columns take part in the all-columns fallback (DM compares every source column)
            "CREATE TABLE t (a INT, g INT AS (a + 1))                                             | a=1, g=2               | ALL_COLUMNS            | `a` <=> ? AND `g` <=> ?",
            // names match case-insensitively and are quoted with backquotes doubled
            "CREATE TABLE t (`I``d` INT PRIMARY KEY, v INT)                                       | I`D=7, v=1             | PRIMARY_KEY            | `I``d` = ?",
            // a NULL in a NOT NULL key (bad data) is still compared NULL-safely
            "CREATE TABLE t (u INT NOT NULL UNIQUE, v INT)                                        | u=null, v=1            | UNIQUE_NOT_NULL        | `u` <=> ?",
    })
    void chosenAsDm(String table, String image, RowIdentity.Kind kind, String condition) {
        RowIdentity identity = RowIdentity.of(schema(table), row(image));

        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        identity.appendCondition(sql, params);
        assertThat(identity.kind()).isEqualTo(kind);
        assertThat(sql).hasToString(condition);
        assertThat(params).isEqualTo(identity.values());
        assertThat(identity.unique()).isEqualTo(kind != RowIdentity.Kind.ALL_COLUMNS);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE t (id INT PRIMARY KEY, v INT) | id=1, v=2       | 1",
            "CREATE TABLE t (a INT, b VARCHAR(10))      | b='x', a=null   | null;'x'",
    })
    void valuesFollowTheColumns(String table, String image, String values) {
        RowIdentity identity = RowIdentity.of(schema(table), row(image));

        List<Object> expected = new ArrayList<>();
        for (String v : values.split(";")) {
            expected.add(Tables.value(v));
        }
        assertThat(identity.values()).isEqualTo(expected);
        assertThat(identity.columns()).extracting(ColumnDef::name).hasSize(expected.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zz=1", "''=1"})
    void anImageWithoutAnyColumnOfTheTableIsRefused(String image) {
        assertThatThrownBy(() -> RowIdentity.of(schema(Tables.KEYLESS), row(image)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries no column of db.t");
    }
}
