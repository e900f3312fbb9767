package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The over-approximation of tables an unparseable statement may touch. */
class MentionedTablesTest {

    private static Set<TableId> of(String sql, String schema) {
        return MentionedTables.of(SqlLexer.tokenize(sql, SqlMode.DEFAULT, ServerFlavor.MARIADB_10_11), schema);
    }

    private static List<TableId> ids(String list) {
        return Arrays.stream(list.split(" ")).map(s -> s.endsWith(".")
                ? TableId.schemaOnly(s.substring(0, s.length() - 1))
                : new TableId(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // qualified names, their schema, and every non-reserved word in the default schema
            "ALTER TABLE x.orders FROBNICATE       | x.orders x. db.FROBNICATE",
            "ALTER TABLE `my``t` WIBBLE c          | db.my`t db.WIBBLE db.c",
            "ALTER TABLE user ADD status INT       | db.user db.status",
            "DROP DATABASE shop                    | shop.",
            "UPDATE a.t SET c = 'x.y' -- b.z       | a.t a. db.c",
    })
    void reportsEveryNameThatCouldBeATable(String sql, String expected) {
        assertThat(of(sql, "db")).containsAll(ids(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD COLUMN c INT NOT NULL DEFAULT 'orders' | orders",
            "ALTER TABLE t /* orders */ ADD c INT                     | orders",
            "ALTER TABLE t ADD c INT                                  | ALTER",
    })
    void leavesOutStringsCommentsAndReservedWords(String sql, String absent) {
        assertThat(of(sql, "db")).doesNotContain(new TableId("db", absent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE `odd`.`t` ADD c VARCHAR(3) DEFAULT 'unterminated | db.odd odd. db.t db.c",
    })
    void fallsBackToWordsWhenTheTextCannotBeTokenized(String sql, String expected) {
        assertThat(MentionedTables.ofText(sql, "db")).containsAll(ids(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t FROBNICATE | ''",
    })
    void keepsAnEmptyDefaultSchemaEmpty(String sql, String schema) {
        assertThat(of(sql, schema)).contains(new TableId("", "t"));
    }
}
