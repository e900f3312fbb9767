package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dmconnect.common.TableId;
import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BinlogEventFilterConfigTest {

    /** A valid rule {@code a}, to be broken one key at a time. */
    private static Map<String, String> ruleA(String... overrides) {
        Map<String, String> props = new HashMap<>(Map.of(
                "filters", "a",
                "filters.a.schema.pattern", "shop_*",
                "filters.a.table.pattern", "orders",
                "filters.a.events", "delete, truncate table",
                "filters.a.action", "Ignore"));
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                props.remove(overrides[i]);
            } else {
                props.put(overrides[i], overrides[i + 1]);
            }
        }
        return props;
    }

    @Test
    void buildsRulesFromTheirKeys() {
        Map<String, String> props = ruleA("filters.a.sql.pattern", "`^DROP\\s+PROCEDURE`, `a{1,3}`",
                "filters.a.action", "ignore");

        BinlogEventRule rule = BinlogEventFilterConfig.parse(props, false).rules().get(0);

        assertThat(rule.name()).isEqualTo("a");
        assertThat(rule.schemaPattern().source()).isEqualTo("shop_*");
        assertThat(rule.tablePattern().source()).isEqualTo("orders");
        assertThat(rule.events()).extracting(EventSelector::spelling).containsExactly("delete", "truncate table");
        assertThat(rule.sqlPatterns()).containsExactly("^DROP\\s+PROCEDURE", "a{1,3}");
        assertThat(rule.sqlRegex().pattern()).isEqualTo("^DROP\\s+PROCEDURE|a{1,3}");
        assertThat(rule.action()).isEqualTo(FilterAction.IGNORE);
    }

    @ParameterizedTest
    @CsvSource({"''", "' '", "' , '"})
    void noFiltersMeansNoRules(String names) {
        assertThat(BinlogEventFilterConfig.parse(Map.of("filters", names), false).rules()).isEmpty();
        assertThat(BinlogEventFilterConfig.parse(Map.of(), false).rules()).isEmpty();
    }

    @Test
    void anEmptyTablePatternMakesASchemaLevelRule() {
        BinlogEventFilter filter = BinlogEventFilterConfig.parse(ruleA("filters.a.table.pattern", ""), false);

        assertThat(filter.rules().get(0).tablePattern()).isNull();
        assertThat(filter.decide(new TableId("shop_1", "anything"), EventType.DELETE, null).action())
                .isEqualTo(FilterAction.IGNORE);
    }

    @Test
    void aDoRuleWithoutEventsIsAcceptedAsDmAcceptsIt() {
        Map<String, String> props = ruleA("filters.a.events", null, "filters.a.action", "Do");

        assertThat(BinlogEventFilterConfig.validate(props, false)).isEmpty();
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                arguments("missing schema pattern", ruleA("filters.a.schema.pattern", null),
                        "filters.a.schema.pattern", "required"),
                arguments("blank schema pattern", ruleA("filters.a.schema.pattern", " "),
                        "filters.a.schema.pattern", "required"),
                arguments("regex schema pattern", ruleA("filters.a.schema.pattern", "~^shop"),
                        "filters.a.schema.pattern", "wildcards only"),
                arguments("star inside schema pattern", ruleA("filters.a.schema.pattern", "sh*p"),
                        "filters.a.schema.pattern", "'*' is only allowed as the last character"),
                arguments("regex table pattern", ruleA("filters.a.table.pattern", "~orders$"),
                        "filters.a.table.pattern", "wildcards only"),
                arguments("missing action", ruleA("filters.a.action", null), "filters.a.action", "required: Do"),
                arguments("unknown action", ruleA("filters.a.action", "Allow"), "filters.a.action",
                        "unknown action 'Allow'"),
                arguments("misspelt event", ruleA("filters.a.events", "delete, craete table"), "filters.a.events",
                        "unknown event type 'craete table': did you mean 'create table'"),
                arguments("regex that does not compile", ruleA("filters.a.sql.pattern", "^DROP, (unclosed"),
                        "filters.a.sql.pattern", "'(unclosed' is not a valid regular expression"),
                arguments("Ignore rule that can never match", ruleA("filters.a.events", null), "filters.a.events",
                        "neither events nor sql.pattern"),
                arguments("Error rule that can never match", ruleA("filters.a.events", "", "filters.a.action", "Error"),
                        "filters.a.events", "neither events nor sql.pattern"),
                arguments("name listed twice", ruleA("filters", "a, a"), "filters", "'a' is listed twice"),
                arguments("keys of an unlisted rule", ruleA("filters.b.action", "Do"), "filters.b.action",
                        "rule 'b' is not listed in filters"),
                arguments("misspelt key", ruleA("filters.a.event", "delete"), "filters.a.event",
                        "unknown binlog event filter key"),
                arguments("same patterns as another rule", withRuleB("shop_*", "orders"),
                        "filters.b.schema.pattern", "same schema.pattern and table.pattern as rule 'a'"),
                arguments("same patterns up to case", withRuleB("SHOP_*", "Orders"),
                        "filters.b.schema.pattern", "same schema.pattern and table.pattern as rule 'a'"));
    }

    private static Map<String, String> withRuleB(String schema, String table) {
        return ruleA("filters", "a, b", "filters.b.schema.pattern", schema, "filters.b.table.pattern", table,
                "filters.b.events", "insert", "filters.b.action", "Error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsEachProblemOnItsExactKey(String description, Map<String, String> props, String key, String message) {
        assertThatThrownBy(() -> BinlogEventFilterConfig.parse(props, false))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.key()).isEqualTo(key);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void samePatternsDifferingInCaseAreDistinctWhenCaseSensitive() {
        assertThat(BinlogEventFilterConfig.validate(withRuleB("SHOP_*", "Orders"), true)).isEmpty();
    }

    @Test
    void collectsEveryProblemAtOnce() {
        Map<String, String> props = Map.of(
                "filters", "a, b",
                "filters.a.schema.pattern", "~x",
                "filters.a.events", "delete, craete table, drop tabel",
                "filters.a.action", "Ignore",
                "filters.b.schema.pattern", "db",
                "filters.b.sql.pattern", "(",
                "filters.b.action", "Sometimes");

        List<ConfigProblem> problems = BinlogEventFilterConfig.validate(props, false);

        assertThat(problems).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "filters.a.schema.pattern", "filters.a.events", "filters.a.events", "filters.b.sql.pattern",
                "filters.b.action");
        assertThat(problems).filteredOn(p -> p.key().equals("filters.a.events")).extracting(ConfigProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'craete table'"))
                .anySatisfy(m -> assertThat(m).contains("'drop tabel'"));
        assertThatThrownBy(() -> BinlogEventFilterConfig.parse(props, false))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).hasSize(5));
    }

    @Test
    void declaresEveryKeyWithDocsGroupAndDisplayName() {
        ConfigDef def = BinlogEventFilterConfig.defineRule(BinlogEventFilterConfig.define(new ConfigDef()), "<name>");

        assertThat(def.names()).containsExactlyInAnyOrder("filters", "filters.<name>.schema.pattern",
                "filters.<name>.table.pattern", "filters.<name>.events", "filters.<name>.sql.pattern",
                "filters.<name>.action");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.configKeys().get("filters.<name>.schema.pattern").hasDefault()).isFalse();
        assertThat(def.configKeys().get("filters.<name>.action").hasDefault()).isFalse();
        assertThat(ConfigDocs.markdown("Filter", "x.Connector", def))
                .contains("| `filters.<name>.action` | string | *required* | Do, Ignore, Error (any case) |");
    }

    @ParameterizedTest(name = "{0}={1} rejected")
    @CsvSource(delimiter = '|', value = {
            "filters.r.schema.pattern | ~^shop     | wildcards only",
            "filters.r.table.pattern  | t*x        | only allowed as the last character",
            "filters.r.events         | insret     | unknown event type",
            "filters.r.sql.pattern    | (          | not a valid regular expression",
            "filters.r.action         | Allow      | unknown action 'Allow'",
    })
    void validatorsRejectBadValuesForConnectValidate(String key, String value, String message) {
        ConfigDef def = BinlogEventFilterConfig.defineRule(new ConfigDef(), "r");
        Map<String, String> props = new HashMap<>(Map.of("filters.r.schema.pattern", "db", "filters.r.action", "Do"));
        props.put(key, value);

        assertThatThrownBy(() -> def.parse(props)).isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }

    @Test
    void validatorsAcceptAGoodRule() {
        ConfigDef def = BinlogEventFilterConfig.defineRule(new ConfigDef(), "r");

        Map<String, Object> parsed = def.parse(Map.of("filters.r.schema.pattern", "db_*", "filters.r.table.pattern", "",
                "filters.r.events", "all dml, none ddl", "filters.r.sql.pattern", "`a{1,2}`", "filters.r.action", "do"));

        assertThat(parsed.get("filters.r.events")).isEqualTo(List.of("all dml", "none ddl"));
    }
}
