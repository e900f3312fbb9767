package io.dmconnect.common.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class RulesConfigTest {

    @Test
    void collectsTheProblemsOfEveryRuleTypeAtOnce() {
        Map<String, String> props = new HashMap<>();
        props.put("block.allow.do.tables", "no_dot");
        props.put("filters", "f1");
        props.put("filters.f1.schema.pattern", "shop");
        props.put("filters.f1.events", "insert");
        props.put("filters.f1.action", "Skip");
        props.put("expression.filters", "e1");
        props.put("expression.filters.e1.schema", "shop");
        props.put("expression.filters.e1.table", "t");
        props.put("expression.filters.e1.insert.value.expr", "SOUNDEX(a) = 'x'");
        props.put("routes", "r1");
        props.put("routes.r1.schema.pattern", "shop_*");

        List<ConfigProblem> problems = RulesConfig.problems(props, RuleSide.SINK);
        assertThat(problems).extracting(ConfigProblem::key).contains("block.allow.do.tables", "filters.f1.action",
                "expression.filters.e1.insert.value.expr", "routes.r1.target.schema");
        assertThatThrownBy(() -> RulesConfig.parse(props, RuleSide.SINK)).isInstanceOf(InvalidConfigException.class);
    }

    @Test
    void theSourceDoesNotRouteEvenWhenRoutesAreGiven() {
        Map<String, String> props = Map.of("routes", "r1", "routes.r1.schema.pattern", "shop_*", "routes.r1.target.schema", "shop");
        Rules source = RulesConfig.parse(Map.of(), RuleSide.SOURCE);
        assertThat(source.router().route(new TableId("shop_1", "t"), "up1").target()).isEqualTo(new TableId("shop_1", "t"));
        Rules sink = RulesConfig.parse(props, RuleSide.SINK);
        assertThat(sink.router().route(new TableId("shop_1", "t"), "up1").target()).isEqualTo(new TableId("shop", "t"));
    }

    @Test
    void caseSensitivityReachesEveryRule() {
        Map<String, String> props = Map.of("block.allow.do.dbs", "Shop", "case.sensitive", "true");
        assertThat(RulesConfig.parse(props, RuleSide.SOURCE).blockAllow().decide(new TableId("shop", "t")).captured()).isFalse();
        Map<String, String> insensitive = Map.of("block.allow.do.dbs", "Shop");
        assertThat(RulesConfig.parse(insensitive, RuleSide.SOURCE).blockAllow().decide(new TableId("shop", "t")).captured()).isTrue();
    }

    @Test
    void enrichDeclaresTheKeysOfTheListedNamesAndDocumentedUsesAPlaceholder() {
        ConfigDef base = RulesConfig.define(new ConfigDef(), RuleSide.SINK);
        ConfigDef enriched = RulesConfig.enrich(base, Map.of("filters", "a,b", "routes", "r"), RuleSide.SINK);
        assertThat(enriched.names()).contains("filters.a.action", "filters.b.events", "routes.r.target.schema");
        ConfigDef documented = RulesConfig.documented(base, RuleSide.SINK);
        assertThat(documented.names()).contains("filters.<name>.action", "expression.filters.<name>.insert.value.expr",
                "routes.<name>.extract.table.regexp");
        assertThat(ConfigDocs.problems(documented)).isEmpty();
        assertThat(RulesConfig.documented(RulesConfig.define(new ConfigDef(), RuleSide.SOURCE), RuleSide.SOURCE).names())
                .noneMatch(n -> n.startsWith("routes"));
    }
}
