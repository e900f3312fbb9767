package io.dmconnect.common.rules.event;

import static io.dmconnect.common.rules.event.FilterAction.DO;
import static io.dmconnect.common.rules.event.FilterAction.ERROR;
import static io.dmconnect.common.rules.event.FilterAction.IGNORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dmconnect.common.TableId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** DM's evaluation algorithm (pkg/binlog-filter/filter.go Filter) with the documented precedence. */
class BinlogEventFilterTest {

    static BinlogEventRule rule(String name, String schema, String table, String events, String sql, FilterAction action) {
        return BinlogEventRule.of(name, schema, table, items(events), items(sql), action, false);
    }

    private static List<String> items(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static final BinlogEventRule IGNORE_DELETE = rule("ignore-delete", "db", "t", "delete", "", IGNORE);
    private static final BinlogEventRule ERROR_DELETE = rule("error-delete", "db", "t", "delete", "", ERROR);
    private static final BinlogEventRule ERROR_DELETE_SCHEMA = rule("error-delete-schema", "db", "", "delete", "", ERROR);
    private static final BinlogEventRule DO_DML = rule("do-dml", "db", "t", "all dml", "", DO);
    private static final BinlogEventRule DO_INSERT = rule("do-insert", "db", "t", "insert", "", DO);
    private static final BinlogEventRule DO_NOTHING = rule("do-nothing", "db", "t", "", "", DO);
    private static final BinlogEventRule IGNORE_PROC = rule("ignore-proc", "db", "t", "",
            "^DROP\\s+PROCEDURE;^CREATE\\s+PROCEDURE", IGNORE);
    private static final BinlogEventRule DO_CREATE_SQL = rule("do-create-sql", "db", "t", "create table", "^CREATE", DO);
    private static final BinlogEventRule GLOBAL_IGNORE_PARTITION = rule("global", "*", "",
            "", "ALTER\\s+TABLE[\\s\\S]*ADD\\s+PARTITION", IGNORE);

    private static final TableId T = new TableId("db", "t");

    static Stream<Arguments> evaluationOrder() {
        return Stream.of(
                arguments("no rules: replicate", List.of(), T, EventType.DELETE, null, DO, null),
                arguments("rule for another table has no say", List.of(rule("x", "other", "t", "delete", "", IGNORE)),
                        T, EventType.DELETE, null, DO, null),
                arguments("Ignore rule matches its event", List.of(IGNORE_DELETE), T, EventType.DELETE, null,
                        IGNORE, "ignore-delete"),
                arguments("Ignore rule lets other events pass", List.of(IGNORE_DELETE), T, EventType.INSERT, null,
                        DO, null),
                arguments("Error rule matches its event", List.of(ERROR_DELETE), T, EventType.DELETE, null,
                        ERROR, "error-delete"),
                arguments("Do rule matching keeps the event and names no rule", List.of(DO_DML), T, EventType.UPDATE,
                        null, DO, null),
                arguments("Do rule is an allow-list: a miss is Ignore", List.of(DO_DML), T, EventType.CREATE_TABLE,
                        null, IGNORE, "do-dml"),
                arguments("Do rule with no events ignores every typed event", List.of(DO_NOTHING), T,
                        EventType.INSERT, null, IGNORE, "do-nothing"),
                arguments("Do rule with no events ignores a typed DDL too", List.of(DO_NOTHING), T,
                        EventType.CREATE_TABLE, "CREATE TABLE t (a int)", IGNORE, "do-nothing"),
                arguments("Ignore beats Error (Error listed first)", List.of(ERROR_DELETE_SCHEMA, IGNORE_DELETE), T,
                        EventType.DELETE, null, IGNORE, "ignore-delete"),
                arguments("Ignore beats Error (Ignore listed first)", List.of(IGNORE_DELETE, ERROR_DELETE_SCHEMA), T,
                        EventType.DELETE, null, IGNORE, "ignore-delete"),
                arguments("Error beats Do", List.of(DO_DML, ERROR_DELETE), T, EventType.DELETE, null,
                        ERROR, "error-delete"),
                arguments("a Do rule's miss (Ignore) beats Error", List.of(DO_INSERT, ERROR_DELETE), T,
                        EventType.DELETE, null, IGNORE, "do-insert"),
                arguments("two Error rules: the first in configuration order", List.of(ERROR_DELETE_SCHEMA, ERROR_DELETE),
                        T, EventType.DELETE, null, ERROR, "error-delete-schema"),
                arguments("two Do rules: both must allow (second misses)", List.of(DO_DML, DO_INSERT), T,
                        EventType.UPDATE, null, IGNORE, "do-insert"),
                arguments("sql step: Ignore pattern matches a typed DDL", List.of(IGNORE_PROC), T, EventType.ALTER_TABLE,
                        "DROP PROCEDURE p", IGNORE, "ignore-proc"),
                arguments("sql step: case-insensitive", List.of(IGNORE_PROC), T, null, "drop   procedure p",
                        IGNORE, "ignore-proc"),
                arguments("sql step: no match has no say for Ignore", List.of(IGNORE_PROC), T, EventType.ALTER_TABLE,
                        "ALTER TABLE t ADD c int", DO, null),
                arguments("sql step: skipped for row events", List.of(IGNORE_PROC), T, EventType.INSERT, null,
                        DO, null),
                arguments("Do: type and pattern match", List.of(DO_CREATE_SQL), T, EventType.CREATE_TABLE,
                        "CREATE TABLE t (a int)", DO, null),
                arguments("Do: type matches, pattern misses: Ignore", List.of(DO_CREATE_SQL), T, EventType.CREATE_TABLE,
                        "/* x */ CREATE TABLE t (a int)", IGNORE, "do-create-sql"),
                arguments("Do: row event passes the typed step and skips the sql step", List.of(DO_CREATE_SQL), T,
                        EventType.INSERT, null, IGNORE, "do-create-sql"),
                arguments("Do: untyped statement, pattern misses: Ignore", List.of(DO_CREATE_SQL), T, null,
                        "DROP TABLE t", IGNORE, "do-create-sql"),
                arguments("Do with no events, untyped statement, no patterns: no say", List.of(DO_NOTHING), T, null,
                        "CREATE FUNCTION f() RETURNS int RETURN 1", DO, null),
                arguments("unparsed statement: schema * rule sees it", List.of(GLOBAL_IGNORE_PARTITION),
                        BinlogEventFilter.UNPARSED, null, "ALTER TABLE t ADD PARTITION (PARTITION p1)", IGNORE, "global"),
                arguments("unparsed statement: a named schema never matches ''",
                        List.of(rule("named", "db", "", "", "PARTITION", IGNORE)), BinlogEventFilter.UNPARSED, null,
                        "ALTER TABLE t ADD PARTITION (PARTITION p1)", DO, null),
                arguments("unparsed statement: table pattern * matches ''",
                        List.of(rule("star", "*", "*", "", "PARTITION", IGNORE)), BinlogEventFilter.UNPARSED, null,
                        "ALTER TABLE t ADD PARTITION (PARTITION p1)", IGNORE, "star"),
                arguments("unparsed statement: table pattern t_* does not match ''",
                        List.of(rule("t", "*", "t_*", "", "PARTITION", IGNORE)), BinlogEventFilter.UNPARSED, null,
                        "ALTER TABLE t ADD PARTITION (PARTITION p1)", DO, null),
                arguments("schema-level rule applies to the schema's tables",
                        List.of(rule("s", "db", "", "truncate table", "", IGNORE)), T, EventType.TRUNCATE_TABLE, null,
                        IGNORE, "s"),
                arguments("schema-level rule applies to schema statements",
                        List.of(rule("s", "db", "", "drop database", "", IGNORE)), TableId.schemaOnly("db"),
                        EventType.DROP_DATABASE, "DROP DATABASE db", IGNORE, "s"),
                arguments("table rule does not apply to schema statements",
                        List.of(rule("t", "db", "t*", "drop database", "", IGNORE)), TableId.schemaOnly("db"),
                        EventType.DROP_DATABASE, "DROP DATABASE db", DO, null),
                arguments("Do table rule does not block schema statements",
                        List.of(DO_DML), TableId.schemaOnly("db"), EventType.CREATE_DATABASE, "CREATE DATABASE db",
                        DO, null),
                arguments("names are case-insensitive by default", List.of(IGNORE_DELETE), new TableId("DB", "T"),
                        EventType.DELETE, null, IGNORE, "ignore-delete"),
                arguments("none stops the search", List.of(rule("n", "db", "t", "none;delete", "", IGNORE)), T,
                        EventType.DELETE, null, DO, null),
                arguments("incompatible ddl changes covers drop column",
                        List.of(rule("i", "db", "t", "incompatible ddl changes", "", ERROR)), T, EventType.DROP_COLUMN,
                        "ALTER TABLE t DROP c", ERROR, "i"),
                arguments("incompatible ddl changes leaves create index",
                        List.of(rule("i", "db", "t", "incompatible ddl changes", "", ERROR)), T, EventType.CREATE_INDEX,
                        "CREATE INDEX i ON t (c)", DO, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evaluationOrder")
    void evaluatesAsDm(String description, List<BinlogEventRule> rules, TableId table, EventType type, String sql,
                       FilterAction action, String ruleName) {
        FilterDecision decision = new BinlogEventFilter(rules).decide(table, type, sql);

        assertThat(decision).isEqualTo(new FilterDecision(action, ruleName));
    }

    @ParameterizedTest(name = "case-sensitive={0}: {1}")
    @CsvSource({"false, IGNORE", "true, DO"})
    void caseSensitivityIsTheRulesChoice(boolean caseSensitive, FilterAction expected) {
        BinlogEventRule rule = BinlogEventRule.of("r", "Shop_*", "Orders", List.of("delete"), List.of(), IGNORE,
                caseSensitive);

        assertThat(new BinlogEventFilter(List.of(rule)).decide(new TableId("shop_1", "orders"), EventType.DELETE, null)
                .action()).isEqualTo(expected);
    }

    /** DM filters a DDL on every table it names; the first table whose verdict is not Do decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "source ignored     | old | *   | IGNORE | ignore-rename",
            "target ignored     | new | *   | IGNORE | ignore-rename",
            "neither            | x   | *   | DO     | ",
            "source errors      | old | err | ERROR  | error-rename",
    })
    void decidesADdlOnEveryTableItNames(String description, String schema, String which, FilterAction action,
                                        String ruleName) {
        BinlogEventRule rule = which.equals("err") ? rule("error-rename", schema, "", "rename table", "", ERROR)
                : rule("ignore-rename", schema, "", "rename table", "", IGNORE);
        ClassifiedDdl rename = new ClassifiedDdl(EventType.RENAME_TABLE, new TableId("old", "a"),
                List.of(new TableId("new", "a")));

        FilterDecision decision = new BinlogEventFilter(List.of(rule)).decide(rename, "RENAME TABLE old.a TO new.a");

        assertThat(decision).isEqualTo(new FilterDecision(action, ruleName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE FUNCTION f() RETURNS int RETURN 1 | DO",
            "ALTER TABLE t ADD PARTITION (PARTITION p1) | IGNORE",
    })
    void decidesUnparsedStatementsBySqlPatternOnly(String sql, FilterAction expected) {
        BinlogEventFilter filter = new BinlogEventFilter(List.of(GLOBAL_IGNORE_PARTITION, DO_NOTHING));

        assertThat(filter.decideUnparsed(sql).action()).isEqualTo(expected);
        assertThat(filter.decide(null, null, sql).action()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"INSERT", "DROP_TABLE"})
    void allowAllReplicatesEverything(EventType type) {
        assertThat(BinlogEventFilter.allowAll().decide(T, type, "x")).isEqualTo(FilterDecision.DEFAULT_DO);
        assertThat(BinlogEventFilter.allowAll().rules()).isEmpty();
    }
}
