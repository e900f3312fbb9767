package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule semantics: which rows each kind of rule looks at, AND of old/new, several rules, caching per schema. */
class ExpressionFilterTest {
    /** DM's integration test expression_filter (conf/dm-task2.yaml), in Connect properties. */
    private static final Map<String, String> DM_TASK = Map.ofEntries(
            Map.entry("expression.filters", "even_c,future_date,pythagorean,update_old_lt_100,update_new_lt_100,"
                    + "update_old_and_new,only_muller,e02"),
            Map.entry("expression.filters.even_c.schema", "expr_filter"),
            Map.entry("expression.filters.even_c.table", "t2"),
            Map.entry("expression.filters.even_c.insert.value.expr", "c % 2 = 0"),
            Map.entry("expression.filters.future_date.schema", "expr_filter"),
            Map.entry("expression.filters.future_date.table", "t3"),
            Map.entry("expression.filters.future_date.insert.value.expr", "ts > NOW()"),
            Map.entry("expression.filters.pythagorean.schema", "expr_filter"),
            Map.entry("expression.filters.pythagorean.table", "t4"),
            Map.entry("expression.filters.pythagorean.insert.value.expr", "a*a + b*b = c*c"),
            Map.entry("expression.filters.update_old_lt_100.schema", "expr_filter"),
            Map.entry("expression.filters.update_old_lt_100.table", "t5"),
            Map.entry("expression.filters.update_old_lt_100.update.old.value.expr", "c > 100"),
            Map.entry("expression.filters.update_new_lt_100.schema", "expr_filter"),
            Map.entry("expression.filters.update_new_lt_100.table", "t5"),
            Map.entry("expression.filters.update_new_lt_100.update.new.value.expr", "c > 100"),
            Map.entry("expression.filters.update_old_and_new.schema", "expr_filter"),
            Map.entry("expression.filters.update_old_and_new.table", "t5"),
            Map.entry("expression.filters.update_old_and_new.update.old.value.expr", "c = 1"),
            Map.entry("expression.filters.update_old_and_new.update.new.value.expr", "c = 2"),
            Map.entry("expression.filters.only_muller.schema", "expr_filter"),
            Map.entry("expression.filters.only_muller.table", "t6"),
            Map.entry("expression.filters.only_muller.insert.value.expr", "name != 'Müller'"),
            Map.entry("expression.filters.e02.schema", "expr_filter"),
            Map.entry("expression.filters.e02.table", "t7"),
            Map.entry("expression.filters.e02.update.new.value.expr", "r = 'a'"));

    private static final Map<String, TableSchema> DM_TABLES = Map.of(
            "t2", schema("t2", "id int", "should_skip int", "c int"),
            "t3", schema("t3", "id int", "should_skip int", "ts datetime"),
            "t4", schema("t4", "id int", "should_skip int", "a double", "b double", "c double"),
            "t5", schema("t5", "id int", "should_skip int", "c int"),
            "t6", schema("t6", "id int", "name varchar(20)", "msg text"),
            "t7", schema("t7", "a bigint", "r varchar(10)", "s int"));

    private static TableSchema schema(String table, String... columns) {
        List<ColumnDef> defs = new ArrayList<>();
        for (String c : columns) {
            String[] parts = c.split(" ", 2);
            defs.add(ColumnDef.of(parts[0], parts[1]));
        }
        return TableSchema.of(new TableId("expr_filter", table), defs, List.of());
    }

    private static ExpressionFilter dmFilter() {
        return ExpressionFilterConfig.parse(DM_TASK, false, ZoneOffset.UTC).withClock(Eval.CLOCK);
    }

    /** "col=value;col=value" (values as strings, typed by the schema; "null" is NULL), or "-" for no row. */
    private static Map<String, Object> row(String spec) {
        if (spec == null || spec.equals("-")) {
            return null;
        }
        Map<String, Object> row = new HashMap<>();
        for (String pair : spec.split(";")) {
            String[] kv = pair.split("=", 2);
            row.put(kv[0].trim(), kv[1].trim().equals("null") ? null : kv[1].trim());
        }
        return row;
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3} => {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', nullValues = "keep", value = {
            "t2 | INSERT | -                  | id=1;should_skip=0;c=1       | keep",
            "t2 | INSERT | -                  | id=2;should_skip=1;c=2       | even_c",
            "t2 | INSERT | -                  | id=3;should_skip=0;c=null    | keep",
            "t2 | UPDATE | id=1;should_skip=0;c=2 | id=1;should_skip=0;c=4  | keep",
            "t2 | DELETE | id=1;should_skip=0;c=2 | -                        | keep",
            "t3 | INSERT | -                  | id=1;should_skip=0;ts=1999-01-01 | keep",
            "t3 | INSERT | -                  | id=2;should_skip=1;ts=2040-01-01 | future_date",
            "t4 | INSERT | -                  | id=1;should_skip=0;a=1;b=2;c=3   | keep",
            "t4 | INSERT | -                  | id=2;should_skip=1;a=3;b=4;c=5   | pythagorean",
            "t5 | INSERT | -                  | id=1;should_skip=0;c=99      | keep",
            "t5 | UPDATE | id=1;should_skip=0;c=99  | id=1;should_skip=1;c=110 | update_new_lt_100",
            "t5 | UPDATE | id=2;should_skip=0;c=101 | id=2;should_skip=1;c=20  | update_old_lt_100",
            "t5 | UPDATE | id=3;should_skip=0;c=1   | id=3;should_skip=1;c=2   | update_old_and_new",
            "t5 | UPDATE | id=4;should_skip=1;c=1   | id=4;should_skip=0;c=3   | keep",
            "t5 | UPDATE | id=5;should_skip=0;c=50  | id=5;should_skip=0;c=60  | keep",
            "t6 | INSERT | -                  | id=1;name=Müller;msg=Müller  | keep",
            "t6 | INSERT | -                  | id=2;name=X Æ A-12;msg=x     | only_muller",
            "t7 | UPDATE | a=1;r=a;s=2        | a=1;r=a;s=3                  | e02",
            "t7 | UPDATE | a=1;r=a;s=2        | a=1;r=b;s=3                  | keep",
            "t8 | INSERT | -                  | id=1                         | keep",
    })
    void dmIntegrationTestScenario(String table, RowOp op, String before, String after, String droppedBy) {
        TableSchema schema = DM_TABLES.get(table);
        ExprDecision decision = dmFilter().decide(new TableId("expr_filter", table), op, row(before), row(after), schema);
        assertThat(decision).isEqualTo(droppedBy == null ? ExprDecision.KEEP : ExprDecision.droppedBy(droppedBy));
    }

    /** DM docs (filter-dml-event.md): with even_c, inserting (1,1), (2,2), (3,3), (4,4) replicates only the odd c. */
    @ParameterizedTest(name = "insert c={0} -> dropped={1}")
    @CsvSource({"1, false", "2, true", "3, false", "4, true"})
    void dmDocumentationExample(int c, boolean dropped) {
        ExpressionFilter filter = ExpressionFilterConfig.parse(Map.of("expression.filters", "even_c",
                "expression.filters.even_c.schema", "expr_filter", "expression.filters.even_c.table", "tbl",
                "expression.filters.even_c.insert.value.expr", "c % 2 = 0"), false, ZoneOffset.UTC);
        TableSchema tbl = schema("tbl", "id int", "c int");
        assertThat(filter.decide(new TableId("expr_filter", "tbl"), RowOp.INSERT, null, Eval.row("id", c, "c", c), tbl).drop())
                .isEqualTo(dropped);
    }

    static Stream<Arguments> singleRules() {
        Expression cOver10 = Expression.parse("c > 10");
        Expression cEven = Expression.parse("c % 2 = 0");
        return Stream.of(
                // insert reads the new row; delete the old row
                Arguments.of(ExpressionRule.insert("r", "shop", "orders", cOver10), RowOp.INSERT, null, 11, true),
                Arguments.of(ExpressionRule.insert("r", "shop", "orders", cOver10), RowOp.INSERT, null, 9, false),
                Arguments.of(ExpressionRule.insert("r", "shop", "orders", cOver10), RowOp.UPDATE, 11, 11, false),
                Arguments.of(ExpressionRule.insert("r", "shop", "orders", cOver10), RowOp.DELETE, 11, null, false),
                Arguments.of(ExpressionRule.delete("r", "shop", "orders", cOver10), RowOp.DELETE, 11, null, true),
                Arguments.of(ExpressionRule.delete("r", "shop", "orders", cOver10), RowOp.DELETE, 9, null, false),
                Arguments.of(ExpressionRule.delete("r", "shop", "orders", cOver10), RowOp.INSERT, null, 11, false),
                // update: old AND new, a missing side is TRUE
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, null), RowOp.UPDATE, 11, 1, true),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, null), RowOp.UPDATE, 1, 11, false),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", null, cOver10), RowOp.UPDATE, 1, 11, true),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", null, cOver10), RowOp.UPDATE, 11, 1, false),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, cEven), RowOp.UPDATE, 11, 12, true),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, cEven), RowOp.UPDATE, 11, 13, false),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, cEven), RowOp.UPDATE, 9, 12, false),
                Arguments.of(ExpressionRule.update("r", "shop", "orders", cOver10, cEven), RowOp.UPDATE, null, 12, false));
    }

    @ParameterizedTest(name = "{0} on {1} {2} -> {3}: drop={4}")
    @MethodSource("singleRules")
    void eachKindOfRuleReadsItsRows(ExpressionRule rule, RowOp op, Integer before, Integer after, boolean drop) {
        ExpressionFilter filter = new ExpressionFilter(List.of(rule), false, ZoneOffset.UTC, Eval.CLOCK);
        TableSchema schema = Eval.schema("id int", "c int");
        Map<String, Object> old = op == RowOp.INSERT ? null : Eval.row("id", 1, "c", before);
        Map<String, Object> neu = op == RowOp.DELETE ? null : Eval.row("id", 1, "c", after);
        assertThat(filter.decide(Eval.TABLE, op, old, neu, schema).drop()).isEqualTo(drop);
    }

    /** MySQL truthiness: non-NULL and non-zero. DM itself drops only when the value is the integer 1. */
    @ParameterizedTest(name = "{0} with c={1} -> drop={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', nullValues = "null", value = {
            "c          | 2     | true",
            "c          | 0     | false",
            "c          | null  | false",
            "c - 1      | 1     | false",
            "c / 4      | 1     | true",
            "c = 1      | 1     | true",
            "c > NULL   | 1     | false",
            "NOT c > NULL | 1   | false",
    })
    void dropsWhenTheValueIsTrue(String expression, Integer c, boolean drop) {
        ExpressionFilter filter = new ExpressionFilter(List.of(ExpressionRule.insert("r", "shop", "orders", Expression.parse(expression))),
                false, ZoneOffset.UTC, Eval.CLOCK);
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", c), Eval.schema("c int")).drop()).isEqualTo(drop);
    }

    @ParameterizedTest(name = "rule {0}.{1}, change on {2}.{3}, case.sensitive={4} -> applies={5}")
    @CsvSource(delimiter = '|', value = {
            "shop | orders | shop | orders | false | true",
            "Shop | Orders | shop | orders | false | true",
            "shop | orders | SHOP | ORDERS | false | true",
            "Shop | Orders | shop | orders | true  | false",
            "Shop | Orders | Shop | Orders | true  | true",
            "shop | orders | shop | order  | false | false",
            "shop | orders | shop2 | orders | false | false",
    })
    void rulesMatchExactNamesWithCaseSensitivity(String ruleSchema, String ruleTable, String schema, String table,
                                                 boolean caseSensitive, boolean applies) {
        ExpressionRule rule = ExpressionRule.insert("r", ruleSchema, ruleTable, Expression.parse("1 = 1"));
        ExpressionFilter filter = new ExpressionFilter(List.of(rule), caseSensitive, ZoneOffset.UTC, Eval.CLOCK);
        TableId id = new TableId(schema, table);
        assertThat(filter.appliesTo(id)).isEqualTo(applies);
        assertThat(filter.decide(id, RowOp.INSERT, null, Eval.row("c", 1), null).drop()).isEqualTo(applies);
    }

    @Test
    void severalRulesForOneTableDropWhenAnyDoesAndNameTheFirst() {
        ExpressionFilter filter = new ExpressionFilter(List.of(
                ExpressionRule.insert("big", "shop", "orders", Expression.parse("c > 100")),
                ExpressionRule.insert("even", "shop", "orders", Expression.parse("c % 2 = 0")),
                ExpressionRule.delete("gone", "shop", "orders", Expression.parse("c > 0"))), false, ZoneOffset.UTC, Eval.CLOCK);
        TableSchema schema = Eval.schema("c int");
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", 102), schema)).isEqualTo(ExprDecision.droppedBy("big"));
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", 4), schema)).isEqualTo(ExprDecision.droppedBy("even"));
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", 101), schema)).isEqualTo(ExprDecision.droppedBy("big"));
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", 3), schema)).isEqualTo(ExprDecision.KEEP);
        assertThat(filter.decide(Eval.TABLE, RowOp.DELETE, Eval.row("c", 3), null, schema)).isEqualTo(ExprDecision.droppedBy("gone"));
    }

    @Test
    void compilesEachExpressionOncePerSchemaVersion() {
        ExpressionFilter filter = new ExpressionFilter(List.of(
                ExpressionRule.update("u", "shop", "orders", Expression.parse("c > 1"), Expression.parse("c < 5")),
                ExpressionRule.insert("i", "shop", "orders", Expression.parse("c = 2"))), false, ZoneOffset.UTC, Eval.CLOCK);
        TableSchema v1 = Eval.schema("id int", "c int");
        for (int i = 0; i < 100; i++) {
            filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("id", i, "c", i), v1);
            filter.decide(Eval.TABLE, RowOp.UPDATE, Eval.row("id", i, "c", i), Eval.row("id", i, "c", i + 1), v1);
        }
        assertThat(filter.compilations()).isEqualTo(3);
        filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("id", 1, "c", 2), Eval.schema("id int", "c int")); // equal, not identical
        assertThat(filter.compilations()).isEqualTo(3);
        TableSchema v2 = Eval.schema("id int", "c int", "d int");
        assertThat(filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("id", 1, "c", 2, "d", 0), v2).drop()).isTrue();
        assertThat(filter.compilations()).isEqualTo(6);
        filter.decide(new TableId("shop", "other"), RowOp.INSERT, null, Eval.row("c", 2), v2);
        assertThat(filter.compilations()).isEqualTo(6);
    }

    /** DM: a column the table lacks makes the expression FALSE; when a DDL adds it back, the rule works again. */
    @Test
    void anUnknownColumnDropsNothingUntilTheSchemaHasIt() {
        ExpressionFilter filter = dmFilter();
        TableId t2 = new TableId("expr_filter", "t2");
        TableSchema withoutC = schema("t2", "id int", "should_skip int", "d int");
        assertThat(filter.decide(t2, RowOp.INSERT, null, row("id=6;should_skip=0;d=4"), withoutC)).isEqualTo(ExprDecision.KEEP);
        assertThat(filter.problems(withoutC)).containsExactly("rule even_c: unknown column 'c' in table expr_filter.t2");
        TableSchema generatedC = schema("t2", "id int", "should_skip int", "d int", "c int");
        assertThat(filter.decide(t2, RowOp.INSERT, null, row("id=7;should_skip=1;d=100;c=8"), generatedC).drop()).isTrue();
        assertThat(filter.problems(generatedC)).isEmpty();
    }

    @Test
    void explainEvaluatesEveryApplicableExpression() {
        ExpressionFilter filter = dmFilter();
        List<ExprTrace> traces = filter.explain(new TableId("expr_filter", "t5"), RowOp.UPDATE, row("id=4;should_skip=1;c=1"),
                row("id=4;should_skip=0;c=3"), DM_TABLES.get("t5"));
        assertThat(traces).extracting(ExprTrace::key, ExprTrace::result, ExprTrace::isTrue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("expression.filters.update_old_lt_100.update.old.value.expr", "0", false),
                org.assertj.core.groups.Tuple.tuple("expression.filters.update_new_lt_100.update.new.value.expr", "0", false),
                org.assertj.core.groups.Tuple.tuple("expression.filters.update_old_and_new.update.old.value.expr", "1", true),
                org.assertj.core.groups.Tuple.tuple("expression.filters.update_old_and_new.update.new.value.expr", "0", false));
        List<ExprTrace> missing = filter.explain(new TableId("expr_filter", "t2"), RowOp.INSERT, null, row("id=1;d=2"),
                schema("t2", "id int", "d int"));
        assertThat(missing).singleElement().satisfies(t -> assertThat(t.problem()).contains("unknown column 'c'"));
    }

    @Test
    void evaluationErrorsAndMissingRowsAreReported() {
        ExpressionFilter filter = new ExpressionFilter(List.of(ExpressionRule.insert("j", "shop", "orders",
                Expression.parse("JSON_EXTRACT(doc, '$.a') = 1"))), false, ZoneOffset.UTC, Eval.CLOCK);
        TableSchema schema = Eval.schema("doc text");
        assertThatThrownBy(() -> filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("doc", "{oops"), schema))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("Invalid JSON text");
        assertThat(filter.explain(Eval.TABLE, RowOp.INSERT, null, Eval.row("doc", "{oops"), schema))
                .singleElement().satisfies(t -> assertThat(t.problem()).contains("Invalid JSON text"));
        assertThatThrownBy(() -> filter.decide(Eval.TABLE, RowOp.INSERT, null, null, schema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INSERT needs the row after");
    }

    @Test
    void decidesTheSameFromManyThreadsAndCompilesOnce() throws Exception {
        ExpressionFilter filter = new ExpressionFilter(List.of(ExpressionRule.insert("even", "shop", "orders",
                Expression.parse("c % 2 = 0"))), false, ZoneOffset.UTC, Eval.CLOCK);
        TableSchema schema = Eval.schema("c int");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    int dropped = 0;
                    for (int c = 0; c < 1000; c++) {
                        dropped += filter.decide(Eval.TABLE, RowOp.INSERT, null, Eval.row("c", c), schema).drop() ? 1 : 0;
                    }
                    return dropped;
                }));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(500);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(filter.compilations()).isEqualTo(1);
    }

    @Test
    void emptyFilterKeepsEverything() {
        assertThat(ExpressionFilter.NONE.decide(Eval.TABLE, RowOp.DELETE, Eval.row("c", 1), null, null)).isEqualTo(ExprDecision.KEEP);
        assertThat(ExpressionFilter.NONE.appliesTo(Eval.TABLE)).isFalse();
    }
}
