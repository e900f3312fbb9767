package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's handleModifyColumn: MODIFY/CHANGE COLUMN against the tracked table, in DM's order of checks. */
class ColumnChangeAnalyzerTest {

    private static ColumnDef column(String name, String type, String defaultValue, boolean autoIncrement,
                                    String charset, String collation) {
        ColumnDef base = ColumnDef.of(name, type);
        return new ColumnDef(name, base.dataType(), base.columnType(), null, null, null, base.unsigned(), true,
                defaultValue, defaultValue != null, autoIncrement, charset, collation, List.of(), false);
    }

    /**
     * CREATE TABLE shop.orders (id int AUTO_INCREMENT PRIMARY KEY, name varchar(32) DEFAULT 'x', code varchar(16)
     * UNIQUE, a int DEFAULT 0, b int, UNIQUE (a, b), price decimal(10,2) DEFAULT 0.00, created datetime DEFAULT
     * CURRENT_TIMESTAMP, day datetime DEFAULT '2020-01-01 00:00:00', latin varchar(10) CHARSET latin1, flag
     * tinyint(1), bin binary(16)) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_general_ci
     */
    private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
            column("id", "int(11)", null, true, null, null),
            column("name", "varchar(32)", "x", false, "utf8mb4", "utf8mb4_general_ci"),
            column("code", "varchar(16)", null, false, "utf8mb4", "utf8mb4_general_ci"),
            column("a", "int(11)", "0", false, null, null),
            column("b", "int(11)", null, false, null, null),
            column("price", "decimal(10,2)", "0.00", false, null, null),
            column("created", "datetime", "CURRENT_TIMESTAMP", false, null, null),
            column("day", "datetime", "2020-01-01 00:00:00", false, null, null),
            column("latin", "varchar(10)", null, false, "latin1", "latin1_swedish_ci"),
            column("flag", "tinyint(1)", null, false, null, null),
            column("bin", "binary(16)", null, false, null, null)),
            List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id")),
                    new IndexDef("code", IndexDef.Kind.UNIQUE, List.of("code")),
                    new IndexDef("a_b", IndexDef.Kind.UNIQUE, List.of("a", "b"))),
            "utf8mb4", "utf8mb4_general_ci", "InnoDB", null);

    private static EventType analyze(String spec) {
        TokenCursor in = new TokenCursor(SqlTokenizer.tokenize(spec));
        String oldName = null;
        if (in.accept("change")) {
            oldName = in.required().value();
        } else {
            in.accept("modify");
        }
        ColumnSpec column = ColumnSpecReader.read(in.rest());
        return ColumnChangeAnalyzer.classify(ORDERS, oldName == null ? column.name() : oldName, column);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // the type comes first
            "MODIFY code varchar(8)                                    | value range decrease",
            "MODIFY id int unsigned NOT NULL AUTO_INCREMENT            | precision decrease",
            "MODIFY price decimal(12,2) DEFAULT 0                      | precision decrease",
            "MODIFY name int DEFAULT 1                                 | modify column",
            // then AUTO_INCREMENT, primary key, unique key: DM compares key flags, which a definition never carries
            "MODIFY id bigint NOT NULL                                 | remove auto increment",
            "MODIFY id bigint NOT NULL AUTO_INCREMENT                  | drop primary key",
            "MODIFY id int(11) NOT NULL AUTO_INCREMENT                 | drop primary key",
            "MODIFY code varchar(16)                                   | drop unique key",
            "MODIFY code varchar(32) COMMENT 'wider'                   | drop unique key",
            "MODIFY a int(11) DEFAULT 0                                | alter table",
            // a definition that declares a key or reference: TiDB rejects it, DM falls back to alter table
            "MODIFY id int PRIMARY KEY                                 | alter table",
            "MODIFY code varchar(16) UNIQUE                            | alter table",
            "MODIFY a int REFERENCES p (id)                            | alter table",
            "MODIFY a int CHECK (a > 0)                                | alter table",
            "MODIFY a int SERIAL DEFAULT VALUE                         | alter table",
            // then the default
            "MODIFY a int(11)                                          | modify default value",
            "MODIFY a int DEFAULT 1                                    | modify default value",
            "MODIFY a int DEFAULT '0'                                  | alter table",
            "MODIFY a bigint DEFAULT 0                                 | alter table",
            "MODIFY a int DEFAULT NULL                                 | modify default value",
            "MODIFY b int DEFAULT NULL                                 | alter table",
            "MODIFY b int NOT NULL                                     | alter table",
            "MODIFY b int DEFAULT 5                                    | modify default value",
            "MODIFY price decimal(10,2) DEFAULT 0                      | alter table",
            "MODIFY price decimal(10,2) DEFAULT '0.00'                 | alter table",
            "MODIFY price decimal(10,2) DEFAULT 0.5                    | modify default value",
            "MODIFY created datetime DEFAULT NOW()                     | alter table",
            "MODIFY created datetime DEFAULT current_timestamp()       | alter table",
            "MODIFY created datetime DEFAULT LOCALTIMESTAMP            | alter table",
            "MODIFY created datetime DEFAULT '2020-01-01'              | modify default value",
            "MODIFY day datetime DEFAULT '2020-01-01'                  | alter table",
            "MODIFY day datetime DEFAULT '2020-01-01 00:00:00.000'     | alter table",
            "MODIFY day datetime DEFAULT '2020-01-02'                  | modify default value",
            "MODIFY name varchar(32) DEFAULT 'X'                       | modify default value",
            "MODIFY name varchar(32) DEFAULT _utf8mb4'x'               | alter table",
            // then character set and collation
            "MODIFY name varchar(32) CHARACTER SET latin1 DEFAULT 'x'  | modify charset",
            "MODIFY name varchar(32) CHARSET utf8mb4 DEFAULT 'x'       | alter table",
            "MODIFY name varchar(32) COLLATE utf8mb4_bin DEFAULT 'x'   | modify collation",
            "MODIFY name varchar(32) COLLATE latin1_bin DEFAULT 'x'    | modify charset",
            "MODIFY name varchar(32) BINARY DEFAULT 'x'                | modify collation",
            "MODIFY name varbinary(32) DEFAULT 'x'                     | modify charset",
            "MODIFY latin varchar(10)                                  | modify charset",
            "MODIFY latin varchar(10) CHARACTER SET latin1             | alter table",
            "MODIFY latin varchar(10) COLLATE latin1_general_ci        | modify collation",
            "MODIFY bin binary(16)                                     | alter table",
            "MODIFY flag bool                                          | alter table",
            // then the position
            "MODIFY name varchar(32) DEFAULT 'x' FIRST                 | modify columns order",
            "MODIFY name varchar(32) DEFAULT 'x' AFTER a               | modify columns order",
            // then the name
            "CHANGE name title varchar(32) DEFAULT 'x'                 | rename column",
            "CHANGE name Name varchar(32) DEFAULT 'x'                  | alter table",
            "CHANGE name title varchar(32)                             | modify default value",
            "CHANGE name title varchar(32) DEFAULT 'x' FIRST           | modify columns order",
            // nothing DM looks at changed
            "MODIFY name varchar(32) DEFAULT 'x'                       | alter table",
            "MODIFY name varchar(64) NOT NULL DEFAULT 'x' COMMENT 'c'  | alter table",
            "MODIFY NAME VARCHAR(32) DEFAULT 'x'                       | alter table",
            // no tracked column: we cannot compare, so assume the worst (DM says alter table)
            "MODIFY missing int                                        | modify column",
            "CHANGE missing other int                                  | modify column",
    })
    void classifiesAsDm(String spec, String expected) {
        assertThat(analyze(spec)).isEqualTo(EventType.fromSpelling(expected).orElseThrow());
    }

    @Test
    void withoutATrackedTableEveryChangeIsModifyColumn() {
        ColumnSpec spec = ColumnSpecReader.read(SqlTokenizer.tokenize("name varchar(32)"));

        assertThat(ColumnChangeAnalyzer.classify(null, "name", spec)).isEqualTo(EventType.MODIFY_COLUMN);
    }
}
