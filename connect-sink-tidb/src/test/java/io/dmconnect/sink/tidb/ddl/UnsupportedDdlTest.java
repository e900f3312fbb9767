package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsupportedDdlTest {

    /** Every entry of DM's UnsupportedDDLMsgs makes DMC-SINK-2001; anything else DMC-SINK-2002. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            can't drop column with index                         | 8200 | UNSUPPORTED_DDL
            Unsupported multi schema change with tidb_enable_change_multi_schema is disable | 8200 | UNSUPPORTED_DDL
            unsupported add column 'c' constraint UNIQUE KEY     | 8200 | UNSUPPORTED_DDL
            Unsupported modify column: type decimal(10,2) not match origin decimal(12,2) | 8200 | UNSUPPORTED_DDL
            Unsupported modify charset from latin1 to utf8mb4    | 8200 | UNSUPPORTED_DDL
            Unsupported modify collate from a to b               | 8200 | UNSUPPORTED_DDL
            Unsupported drop integer primary key                 | 8200 | UNSUPPORTED_DDL
            Unsupported collation when new collation is enabled  | 1273 | UNSUPPORTED_DDL
            Invalid default value for 'created'                  | 1067 | UNSUPPORTED_DDL
            Unsupported drop primary key when the table's pkIsHandle is true | 8200 | UNSUPPORTED_DDL
            Identifier name 'x' is too long                      | 1059 | UNSUPPORTED_DDL
            Too many columns                                     | 1117 | UNSUPPORTED_DDL
            Too many keys specified; max 64 keys allowed         | 1069 | UNSUPPORTED_DDL
            Table 'shop.orders' doesn't exist                    | 1146 | DDL_FAILED
            Access denied for user                               | 1142 | DDL_FAILED
            """)
    void namesTheStatementTheErrorAndHowToSkipIt(String message, int code, ErrorCode expected) {
        SQLException cause = new SQLException(message, "HY000", code);
        String statement = "ALTER TABLE `shop_01`.`orders_07` MODIFY COLUMN `price` DECIMAL(10,2)";
        SinkException e = UnsupportedDdl.error(statement, List.of("ALTER TABLE `shop`.`orders` MODIFY COLUMN "
                + "`price` DECIMAL(10,2)"), cause, "mysql-bin.000003:3270");
        assertThat(e.code()).isEqualTo(expected);
        assertThat(UnsupportedDdl.isUnsupported(cause)).isEqualTo(expected == ErrorCode.UNSUPPORTED_DDL);
        assertThat(e.getMessage()).startsWith(expected.code())
                .contains("[" + statement + "] ran downstream as [ALTER TABLE `shop`.`orders` MODIFY COLUMN")
                .contains("error " + code + " (" + message + ")")
                .contains("ddl.skip.statements=^ALTER TABLE .shop_01.\\..orders_07. MODIFY COLUMN .price. DECIMAL")
                .contains("make the change downstream by hand")
                .contains("; or replace it: ddl.replace=fix, ddl.replace.fix.statement=^ALTER TABLE .shop_01.\\..orders_07. "
                        + "MODIFY COLUMN .price. DECIMAL, ddl.replace.fix.position=mysql-bin.000003:3270, "
                        + "ddl.replace.fix.with=<statements>");
        assertThat(e.getCause()).isSameAs(cause);
    }

    /** The replace hint is a working rule once the statements are filled in: it replaces exactly this record. */
    @Test
    void theReplaceHintIsARuleThatReplacesThisRecord() {
        String statement = "ALTER TABLE `shop_01`.`orders_07` MODIFY COLUMN `price` DECIMAL(10,2)";
        String hint = UnsupportedDdl.replaceHint(statement, "mysql-bin.000003:3270");
        Map<String, String> props = new HashMap<>();
        for (String pair : hint.substring("or replace it: ".length()).split(", ")) {
            props.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        props.put("ddl.replace.fix.with", "ALTER TABLE shop.orders ADD COLUMN price2 DECIMAL(10,2)");
        List<ReplaceRule> rules = DdlReplaceConfig.parse(props);
        assertThat(ReplaceRule.first(rules, statement, "mysql-bin.000003", 3270)).isPresent();
        assertThat(ReplaceRule.first(rules, statement, "mysql-bin.000003", 4000)).isEmpty();
        assertThat(UnsupportedDdl.replaceHint(statement, null)).as("position unknown: no position key")
                .doesNotContain("position").contains("ddl.replace.fix.with=<statements>");
    }

    /** The suggested regex matches the statement and needs no quoting in a comma-separated list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE `shop`.`orders` ADD FULLTEXT INDEX ft (note)    | ^ALTER TABLE .shop.\\..orders. ADD FULLTEXT INDEX ft
            CREATE TABLE t SELECT * FROM s                              | ^CREATE TABLE t SELECT \\* FROM s
            ALTER TABLE `shop_01`.`orders_07` ADD COLUMN `sku` VARCHAR(32) UNIQUE | ^ALTER TABLE .shop_01.\\..orders_07. ADD COLUMN .sku. VARCHAR
            ALTER TABLE a ADD COLUMN b INT DEFAULT 'x,y'                | ^ALTER TABLE a ADD COLUMN b INT DEFAULT
            ALTER   TABLE   t   DROP   PRIMARY   KEY                   | ^ALTER TABLE t DROP PRIMARY KEY
            ALTER TABLE t ADD COLUMN a INT, ADD COLUMN b INT, ADD COLUMN c INT | ^ALTER TABLE t ADD COLUMN a INT
            ALTER TABLE t1 ADD COLUMN $price INT AFTER a1 FIRST SECOND THIRD | ^ALTER TABLE t1 ADD COLUMN \\$price INT AFTER
            """)
    void suggestsARegexThatMatches(String statement, String expected) {
        String regex = UnsupportedDdl.skipRegex(statement);
        assertThat(regex).isEqualTo(expected).doesNotContain(",").doesNotContain("`");
        assertThat(Pattern.compile(regex).matcher(statement.strip().replaceAll("\\s+", " ")).find()).isTrue();
    }
}
