package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Configuration: keys and their declarations, and every problem reported on its exact key. */
class ExpressionFilterConfigTest {

    /** Properties from "key=value" strings. */
    private static Map<String, String> props(String... entries) {
        Map<String, String> props = new HashMap<>();
        for (String e : entries) {
            String[] kv = e.split("=", 2);
            props.put(kv[0], kv[1]);
        }
        return props;
    }

    private static final String[] RULE_A = {"expression.filters=a", "expression.filters.a.schema=shop",
            "expression.filters.a.table=orders"};

    private static String[] ruleA(String... more) {
        String[] all = Arrays.copyOf(RULE_A, RULE_A.length + more.length);
        System.arraycopy(more, 0, all, RULE_A.length, more.length);
        return all;
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(ruleA(), List.of(problem("expression.filters", "rule 'a' has no expression: set one of "
                        + "expression.filters.a.insert.value.expr"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=c > 1", "expression.filters.a.delete.value.expr=c < 1"),
                        List.of(problem("expression.filters.a.delete.value.expr", "already filters INSERT "
                                + "(expression.filters.a.insert.value.expr)"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=c > 1", "expression.filters.a.update.old.value.expr=c > 1",
                        "expression.filters.a.update.new.value.expr=c > 2"),
                        List.of(problem("expression.filters.a.update.old.value.expr", "ErrConfigExprFilterManyExpr"),
                                problem("expression.filters.a.update.new.value.expr", "ErrConfigExprFilterManyExpr"))),
                Arguments.of(ruleA("expression.filters.a.update.old.value.expr=c > 1", "expression.filters.a.delete.value.expr=c > 1"),
                        List.of(problem("expression.filters.a.delete.value.expr", "already filters UPDATE "
                                + "(expression.filters.a.update.old.value.expr)"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=c >"),
                        List.of(problem("expression.filters.a.insert.value.expr", "`c >` does not parse as MySQL"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=SOUNDEX(c) = 'x'"),
                        List.of(problem("expression.filters.a.insert.value.expr", "`SOUNDEX(c) = 'x'` uses unsupported: "
                                + "function SOUNDEX(...); the supported operators and functions are listed in docs/rules.md"))),
                Arguments.of(ruleA("expression.filters.a.delete.value.expr=c IN (SELECT 1)"),
                        List.of(problem("expression.filters.a.delete.value.expr", "uses unsupported: subquery"))),
                Arguments.of(new String[] {"expression.filters=a", "expression.filters.a.table=orders",
                        "expression.filters.a.insert.value.expr=c > 1"},
                        List.of(problem("expression.filters.a.schema", "missing: set the schema (database)"))),
                Arguments.of(new String[] {"expression.filters=a", "expression.filters.a.schema=shop", "expression.filters.a.table= ",
                        "expression.filters.a.insert.value.expr=c > 1"},
                        List.of(problem("expression.filters.a.table", "missing: set the table"))),
                Arguments.of(new String[] {"expression.filters=a", "expression.filters.a.schema=shop_*",
                        "expression.filters.a.table=~^t", "expression.filters.a.insert.value.expr=c > 1"},
                        List.of(problem("expression.filters.a.schema", "'shop_*': expression filters match one exact name"),
                                problem("expression.filters.a.table", "'~^t': expression filters match one exact name"))),
                Arguments.of(ruleA("expression.filters=a,a", "expression.filters.a.insert.value.expr=c > 1"),
                        List.of(problem("expression.filters", "rule name 'a' is listed twice"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=c > 1", "expression.filters.b.schema=shop"),
                        List.of(problem("expression.filters.b.schema", "rule 'b' is not listed in expression.filters"))),
                Arguments.of(ruleA("expression.filters.a.insert.value.expr=c > 1", "expression.filters.a.insert.expr=c > 2"),
                        List.of(problem("expression.filters.a.insert.expr", "unknown key"))),
                Arguments.of(new String[] {"expression.filters=a,b", "expression.filters.a.insert.value.expr=c >",
                        "expression.filters.b.schema=s", "expression.filters.b.table=t", "expression.filters.b.delete.value.expr=x(",
                        "expression.filters.c.table=t"},
                        List.of(problem("expression.filters.a.schema", "missing"), problem("expression.filters.a.table", "missing"),
                                problem("expression.filters.a.insert.value.expr", "does not parse"),
                                problem("expression.filters.b.delete.value.expr", "does not parse"),
                                problem("expression.filters.c.table", "rule 'c' is not listed"))));
    }

    private static ConfigProblem problem(String key, String messagePart) {
        return new ConfigProblem(key, messagePart);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("problems")
    void reportsEveryProblemOnItsExactKey(String[] entries, List<ConfigProblem> expected) {
        Map<String, String> props = props(entries);
        List<ConfigProblem> problems = ExpressionFilterConfig.validate(props);
        assertThat(problems).hasSameSizeAs(expected);
        for (ConfigProblem e : expected) {
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.key()).isEqualTo(e.key());
                assertThat(p.message()).contains(e.message());
            });
        }
        assertThatThrownBy(() -> ExpressionFilterConfig.parse(props, false, ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidConfigException.class, ex -> assertThat(ex.problems()).isEqualTo(problems));
    }

    @Test
    void parsesRulesOfEachKind() {
        ExpressionFilter filter = ExpressionFilterConfig.parse(props("expression.filters=ins, upd ,`d,el`",
                "expression.filters.ins.schema=shop", "expression.filters.ins.table=orders",
                "expression.filters.ins.insert.value.expr=c % 2 = 0",
                "expression.filters.upd.schema=shop", "expression.filters.upd.table=orders",
                "expression.filters.upd.update.new.value.expr=state = 1 AND id > 100",
                "expression.filters.d,el.schema=shop", "expression.filters.d,el.table=orders",
                "expression.filters.d,el.delete.value.expr=id < 0"), true, null);
        assertThat(filter.rules()).extracting(ExpressionRule::name, ExpressionRule::op).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ins", RowOp.INSERT),
                org.assertj.core.groups.Tuple.tuple("upd", RowOp.UPDATE),
                org.assertj.core.groups.Tuple.tuple("d,el", RowOp.DELETE));
        assertThat(filter.rules().get(1).before()).isNull();
        assertThat(filter.rules().get(1).after().text()).isEqualTo("state = 1 AND id > 100");
        assertThat(ExpressionFilterConfig.parse(Map.of(), false, ZoneOffset.UTC).rules()).isEmpty();
    }

    @Test
    void declaresDocumentedKeysForTheDocsGenerator() {
        ConfigDef def = ExpressionFilterConfig.defineRule(ExpressionFilterConfig.define(new ConfigDef()), "<name>");
        assertThat(def.names()).containsExactlyInAnyOrder("expression.filters", "expression.filters.<name>.schema",
                "expression.filters.<name>.table", "expression.filters.<name>.insert.value.expr",
                "expression.filters.<name>.update.old.value.expr", "expression.filters.<name>.update.new.value.expr",
                "expression.filters.<name>.delete.value.expr");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(ConfigDocs.markdown("Expression filters", "x.Connector", def))
                .contains("| `expression.filters.<name>.schema` | string | *required* | an exact name (no wildcards)");
    }

    @Test
    void validatorsReportBadValuesOnTheirKeysInConnectValidate() {
        ConfigDef def = ExpressionFilterConfig.defineRule(ExpressionFilterConfig.define(new ConfigDef()), "a");
        Map<String, ConfigValue> values = new HashMap<>();
        def.validate(props("expression.filters=a", "expression.filters.a.schema=shop_*", "expression.filters.a.table=orders",
                "expression.filters.a.insert.value.expr=SOUNDEX(c) = 1")).forEach(v -> values.put(v.name(), v));
        assertThat(values.get("expression.filters.a.schema").errorMessages()).singleElement().asString().contains("exact name");
        assertThat(values.get("expression.filters.a.insert.value.expr").errorMessages()).singleElement().asString()
                .contains("unsupported: function SOUNDEX(...)");
        assertThat(values.get("expression.filters.a.delete.value.expr").errorMessages()).isEmpty();
        assertThat(values.get("expression.filters.a.table").errorMessages()).isEmpty();
    }
}
