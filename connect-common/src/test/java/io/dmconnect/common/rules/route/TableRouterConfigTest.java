package io.dmconnect.common.rules.route;

import static io.dmconnect.common.rules.route.RouteFixtures.props;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRouterConfigTest {
    private static final String OK = "routes.r.schema.pattern=s_*; routes.r.target.schema=m";

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            // spec (semicolon-separated)                                         | key                           | message
            "routes=r; routes.r.target.schema=m                                   | routes.r.schema.pattern       | required",
            "routes=r; routes.r.schema.pattern=s                                  | routes.r.target.schema        | required",
            "routes=r; routes.r.schema.pattern= ; routes.r.target.schema=m        | routes.r.schema.pattern       | required",
            "routes=r; routes.r.schema.pattern=a*b; routes.r.target.schema=m      | routes.r.schema.pattern       | '*' is only allowed as the last character",
            "routes=r; " + OK + "; routes.r.table.pattern=~(                      | routes.r.table.pattern        | is not a valid regular expression",
            "routes=r; " + OK + "; routes.r.table.pattern=t[0-9                   | routes.r.table.pattern        | has no closing ']'",
            "routes=r; " + OK + "; routes.r.extract.table.regexp=t_(; routes.r.extract.table.column=c | routes.r.extract.table.regexp | is not a valid regular expression",
            "routes=r; " + OK + "; routes.r.extract.schema.regexp=s_.*; routes.r.extract.schema.column=c | routes.r.extract.schema.regexp | has no capture group",
            "routes=r; " + OK + "; routes.r.extract.source.regexp=~(.*); routes.r.extract.source.column=c | routes.r.extract.source.regexp | drop the leading '~'",
            "routes=r; " + OK + "; routes.r.extract.table.regexp=t_(.*)           | routes.r.extract.table.column | name the downstream column",
            "routes=r; " + OK + "; routes.r.extract.source.column=src             | routes.r.extract.source.regexp | give the regular expression",
            "routes=r; " + OK + "; routes.r.extract.table.regexp=(.*); routes.r.extract.table.column=c; routes.r.extract.schema.regexp=(.*); routes.r.extract.schema.column=c | routes.r.extract.schema.column | column 'c' is already the extract.table.column",
            "routes=r,r; " + OK + "                                               | routes                        | route 'r' is listed more than once",
            "routes=r,q; " + OK + "                                               | routes                        | route 'q' is listed but has no routes.q.* keys",
            "routes=r; " + OK + "; routes.x.target.schema=m                       | routes.x.target.schema        | route 'x' is not listed in routes",
            "routes=r; " + OK + "; routes.r.target.tabel=t                        | routes.r.target.tabel         | unknown route key",
            "routes.r.schema.pattern=s_*                                          | routes.r.schema.pattern       | route 'r' is not listed in routes",
            // identical patterns at the same level: every table they match would be ambiguous
            "routes=r,q; " + OK + "; routes.q.schema.pattern=s_*; routes.q.target.schema=n | routes.q.schema.pattern | routes 'r' and 'q' have the same patterns",
            "routes=r,q; " + OK + "; routes.r.table.pattern=t; routes.q.schema.pattern=S_*; routes.q.table.pattern=T; routes.q.target.schema=n | routes.q.table.pattern | routes 'r' and 'q' have the same patterns",
    })
    void aMalformedRuleIsAProblemOnItsExactKey(String spec, String key, String message) {
        InvalidConfigException e = catchThrowableOfType(() -> TableRouterConfig.parse(props(spec), false),
                InvalidConfigException.class);

        assertThat(e).as("no problem reported").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // same wildcard text differing in case is one rule only when matching ignores case
            "routes=r,q; " + OK + "; routes.q.schema.pattern=S_*; routes.q.target.schema=n   | true",
            // the same text at different levels is how DM's documented rule-1/rule-2 pair is written
            "routes=r,q; " + OK + "; routes.q.schema.pattern=s_*; routes.q.table.pattern=t; routes.q.target.schema=n | false",
            // regex text is compared as written: ~^A\\D and ~^a\\d are different expressions
            "routes=r,q; routes.r.schema.pattern=~^A\\D; routes.r.target.schema=m; routes.q.schema.pattern=~^a\\d; routes.q.target.schema=n | false",
            "routes=                                                                          | false",
    })
    void distinctRulesAreAccepted(String spec, boolean caseSensitive) {
        assertThat(TableRouterConfig.parse(props(spec), caseSensitive)).isNotNull();
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Map<String, String> props = props("routes=a,b,c; routes.a.schema.pattern=x*y; "
                + "routes.b.schema.pattern=s; routes.b.target.schema=m; routes.b.extract.table.regexp=(; "
                + "routes.c.table.pattern=t");

        assertThatThrownBy(() -> TableRouterConfig.parse(props, false)).isInstanceOfSatisfying(
                InvalidConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::key)
                        .containsExactly("routes.a.schema.pattern", "routes.a.target.schema",
                                "routes.b.extract.table.regexp", "routes.b.extract.table.column",
                                "routes.c.schema.pattern", "routes.c.target.schema"));
    }

    @Test
    void parsesRulesInConfigurationOrder() {
        TableRouter router = TableRouterConfig.parse(props("routes=`b`, a; routes.a.schema.pattern=a; "
                + "routes.a.target.schema=x; routes.b.schema.pattern=b; routes.b.table.pattern=t; "
                + "routes.b.target.schema=y; routes.b.target.table=z"), true);

        assertThat(router.rules()).extracting(RouteRule::name).containsExactly("b", "a");
        RouteRule b = router.rules().get(0);
        assertThat(b.tableLevel()).isTrue();
        assertThat(b.targetTable()).isEqualTo("z");
        assertThat(router.rules().get(1).tableLevel()).isFalse();
        assertThat(router.rules().get(1).targetTable()).isEmpty();
    }

    @Test
    void noRoutesKeyMeansNoRules() {
        assertThat(TableRouterConfig.parse(Map.of(), false).rules()).isEmpty();
    }

    @Test
    void declaresTheRuleKeysWithEverythingTheDocsNeed() {
        ConfigDef def = TableRouterConfig.defineRule(TableRouterConfig.define(new ConfigDef()), "<name>");

        assertThat(def.names()).containsExactlyInAnyOrder("routes",
                "routes.<name>.schema.pattern", "routes.<name>.table.pattern",
                "routes.<name>.target.schema", "routes.<name>.target.table",
                "routes.<name>.extract.table.regexp", "routes.<name>.extract.table.column",
                "routes.<name>.extract.schema.regexp", "routes.<name>.extract.schema.column",
                "routes.<name>.extract.source.regexp", "routes.<name>.extract.source.column");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        List<ConfigKey> required = def.configKeys().values().stream().filter(k -> !k.hasDefault()).toList();
        assertThat(required).extracting(k -> k.name)
                .containsExactlyInAnyOrder("routes.<name>.schema.pattern", "routes.<name>.target.schema");
        assertThat(ConfigDocs.markdown("Routes", "x.Y", def)).contains("| `routes.<name>.schema.pattern` | string | *required*");
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
            "schema.pattern        | a*b    | '*' is only allowed as the last character",
            "table.pattern         | ~(     | is not a valid regular expression",
            "extract.table.regexp  | t_.*   | has no capture group",
            "extract.schema.regexp | ~(.*)  | drop the leading '~'",
    })
    void theDeclaredValidatorsReportTheSameProblems(String suffix, String value, String message) {
        ConfigDef def = TableRouterConfig.defineRule(new ConfigDef(), "r");
        Map<String, String> props = props("routes.r.schema.pattern=s; routes.r.target.schema=m");
        props.put("routes.r." + suffix, value);

        assertThatThrownBy(() -> def.parse(props)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("routes.r." + suffix).hasMessageContaining(message);
    }

    @Test
    void theDeclaredDefinitionAcceptsAGoodRule() {
        ConfigDef def = TableRouterConfig.defineRule(new ConfigDef(), "r");

        Map<String, Object> parsed = def.parse(props("routes.r.schema.pattern=test_*; routes.r.table.pattern=~^t_\\d+$; "
                + "routes.r.target.schema=test; routes.r.extract.table.regexp=t_(.*); routes.r.extract.table.column=c"));

        assertThat(parsed).containsEntry("routes.r.target.table", "").containsEntry("routes.r.table.pattern", "~^t_\\d+$");
    }
}
