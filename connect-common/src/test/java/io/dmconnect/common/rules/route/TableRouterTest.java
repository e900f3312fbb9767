package io.dmconnect.common.rules.route;

import static io.dmconnect.common.rules.route.RouteFixtures.DM_RULES;
import static io.dmconnect.common.rules.route.RouteFixtures.id;
import static io.dmconnect.common.rules.route.RouteFixtures.router;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.TableId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every precedence rule of DM's table routing (§2.3 of the semantics reference), one row each. */
class TableRouterTest {
    private static final String SCHEMA_RULE = "routes=s; routes.s.schema.pattern=test_*; routes.s.target.schema=test";
    private static final String TABLE_RULE = "routes=t; routes.t.schema.pattern=test_*; routes.t.table.pattern=t_*; "
            + "routes.t.target.schema=test; routes.t.target.table=t";

    @ParameterizedTest(name = "[{index}] {2} -> {3} by {4}")
    @CsvSource(delimiter = '|', value = {
            // rules                                    | case  | upstream     | target       | rule
            // no rule: the upstream names are kept
            "                                           | false | test_1.t_1   | test_1.t_1   |",
            // table-level rules beat schema-level rules
            DM_RULES + "                                | false | test_1.t_1   | test.t       | rule-1",
            DM_RULES + "                                | false | test_2.t_99  | test.t       | rule-1",
            // a table no table-level rule matches falls to the schema-level rule; an empty target table keeps its name
            DM_RULES + "                                | false | test_1.users | test.users   | rule-2",
            // a schema-only id (CREATE/DROP DATABASE) is routed by schema-level rules only
            DM_RULES + "                                | false | test_1       | test         | rule-2",
            TABLE_RULE + "                              | false | test_1       | test_1       |",
            TABLE_RULE + "                              | false | test_1.users | test_1.users |",
            SCHEMA_RULE + "                             | false | test_7       | test         | s",
            // no match keeps the upstream names
            DM_RULES + "                                | false | prod.t_1     | prod.t_1     |",
            DM_RULES + "                                | false | prod         | prod         |",
            // patterns ignore case by default; targets are used verbatim
            "routes=r; routes.r.schema.pattern=TEST_*; routes.r.target.schema=Merged | false | test_1.T_1 | Merged.T_1 | r",
            "routes=r; routes.r.schema.pattern=TEST_*; routes.r.target.schema=Merged | true  | test_1.T_1 | test_1.T_1 |",
            "routes=r; routes.r.schema.pattern=~^Test_\\d+$; routes.r.target.schema=m | false | TEST_12.x | m.x        | r",
            "routes=r; routes.r.schema.pattern=~^Test_\\d+$; routes.r.target.schema=m | true  | TEST_12.x | TEST_12.x  |",
            // ~regex patterns are unanchored, wildcards are whole-name
            "routes=r; routes.r.schema.pattern=~shard; routes.r.target.schema=m       | false | old_shard_x.t | m.t      | r",
            "routes=r; routes.r.schema.pattern=shard; routes.r.target.schema=m        | false | old_shard_x.t | old_shard_x.t |",
            "routes=r; routes.r.schema.pattern=db?; routes.r.table.pattern=t[!0-4]; routes.r.target.schema=m | false | db1.t7 | m.t7 | r",
            "routes=r; routes.r.schema.pattern=db?; routes.r.table.pattern=t[!0-4]; routes.r.target.schema=m | false | db1.t3 | db1.t3 |",
            // a schema-level rule with a target table merges every table of the schema; schema-only ids stay schema-only
            "routes=r; routes.r.schema.pattern=log_*; routes.r.target.schema=logs; routes.r.target.table=all | false | log_1.a | logs.all | r",
            "routes=r; routes.r.schema.pattern=log_*; routes.r.target.schema=logs; routes.r.target.table=all | false | log_1   | logs     | r",
            // one table-level match decides even when two schema-level rules match too
            "routes=a,b,t; routes.a.schema.pattern=s*; routes.a.target.schema=x; routes.b.schema.pattern=sh*; routes.b.target.schema=y; routes.t.schema.pattern=shop; routes.t.table.pattern=orders; routes.t.target.schema=z | false | shop.orders | z.orders | t",
    })
    void routesAsDm(String rules, boolean caseSensitive, String upstream, String target, String rule) {
        RouteResult result = router(rules, caseSensitive).route(id(upstream), "mysql-01");

        assertThat(result.target()).isEqualTo(id(target));
        assertThat(result.ruleName()).isEqualTo(rule);
        assertThat(result.routed()).isEqualTo(rule != null);
    }

    @ParameterizedTest(name = "[{index}] {1} matches {2}")
    @CsvSource(delimiter = '|', value = {
            // DM's "incorrect table routing" example: test_1_bak.t_1_bak matches two table-level rules
            "routes=rule-1,rule-2; routes.rule-1.schema.pattern=test_*; routes.rule-1.table.pattern=t_*; routes.rule-1.target.schema=test; routes.rule-1.target.table=t; routes.rule-2.schema.pattern=test_1_bak; routes.rule-2.table.pattern=t_1_bak; routes.rule-2.target.schema=test; routes.rule-2.target.table=t_bak | test_1_bak.t_1_bak | rule-1,rule-2 | table-level",
            // no table-level match and two schema-level matches
            "routes=a,b; routes.a.schema.pattern=s*; routes.a.target.schema=x; routes.b.schema.pattern=~^sh; routes.b.target.schema=y | shop.orders | a,b | schema-level",
            "routes=a,b; routes.a.schema.pattern=s*; routes.a.target.schema=x; routes.b.schema.pattern=~^sh; routes.b.target.schema=y | shop        | a,b | schema-level",
            // two matching table-level rules are ambiguous even when their targets agree
            "routes=a,b; routes.a.schema.pattern=s*; routes.a.table.pattern=t*; routes.a.target.schema=x; routes.b.schema.pattern=s?; routes.b.table.pattern=t?; routes.b.target.schema=x | s1.t1 | a,b | table-level",
    })
    void moreThanOneRuleOfTheDecidingLevelIsAnError(String rules, String upstream, String names, String level) {
        TableRouter router = router(rules, false);

        AmbiguousRouteException e = catchThrowableOfType(() -> router.route(id(upstream), "src"),
                AmbiguousRouteException.class);

        assertThat(e).isNotNull();
        assertThat(e.table()).isEqualTo(id(upstream));
        assertThat(e.ruleNames()).containsExactly(names.split(","));
        assertThat(e.getMessage()).contains(id(upstream).quoted(), level, String.join(", ", names.split(",")));
    }

    @Test
    void anAmbiguousTableDoesNotDisturbOthers() {
        TableRouter router = router("routes=rule-1,rule-2; routes.rule-1.schema.pattern=test_*; "
                + "routes.rule-1.table.pattern=t_*; routes.rule-1.target.schema=test; routes.rule-1.target.table=t; "
                + "routes.rule-2.schema.pattern=test_1_bak; routes.rule-2.table.pattern=t_1_bak; "
                + "routes.rule-2.target.schema=test; routes.rule-2.target.table=t_bak", false);

        assertThat(router.route(id("test_1.t_1"), "s").ruleName()).isEqualTo("rule-1");
        assertThat(router.route(id("test_1_bak.other"), "s").target()).isEqualTo(id("test_1_bak.other"));
        for (int i = 0; i < 2; i++) {
            assertThat(catchThrowableOfType(() -> router.route(id("test_1_bak.t_1_bak"), "s"),
                    AmbiguousRouteException.class)).as("not cached as a success").isNotNull();
        }
    }

    @Test
    void resultsAreCachedPerTableAndSourceAndTheCacheIsBounded() {
        TableRouter router = new TableRouter(RouteFixtures.router("routes=r; routes.r.schema.pattern=s; "
                + "routes.r.target.schema=m; routes.r.extract.source.regexp=(.*); routes.r.extract.source.column=src",
                false).rules(), 20);

        for (int i = 0; i < 500; i++) {
            TableId t = new TableId("s", "t" + i);
            assertThat(router.route(t, "a").extractColumns()).containsEntry("src", "a");
            assertThat(router.route(t, "b").extractColumns()).containsEntry("src", "b");
            assertThat(router.route(t, "a")).isSameAs(router.route(t, "a"));
        }
        assertThat(router.cachedResults()).isBetween(1, 20);
    }

    @ParameterizedTest(name = "[{index}] {0} applies to {1}: {2}")
    @CsvSource({
            "rule-1, test_1.t_1,  true",
            "rule-1, test_1,      false",
            "rule-1, test_1.x,    false",
            "rule-2, test_1,      true",
            "rule-2, test_1.x,    true",
            "rule-2, prod.t_1,    false",
    })
    void aRuleAppliesToSchemaOnlyIdsOnlyWhenSchemaLevel(String rule, String upstream, boolean applies) {
        RouteRule r = router(DM_RULES, false).rules().stream().filter(x -> x.name().equals(rule)).findFirst().orElseThrow();

        assertThat(r.matches(id(upstream))).isEqualTo(applies);
    }

    @Test
    void aRouterWithoutRulesKeepsEveryName() {
        RouteResult result = TableRouter.none().route(new TableId("Shop", "Orders"), "s");

        assertThat(result).isEqualTo(new RouteResult(new TableId("Shop", "Orders"), Map.of(), null));
        assertThat(result.routed()).isFalse();
    }
}
