package io.dmconnect.common.rules.route;

import static io.dmconnect.common.rules.route.RouteFixtures.id;
import static io.dmconnect.common.rules.route.RouteFixtures.router;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extract columns: DM's documented example and the value rule (concatenation of all capture groups). */
class ExtractColumnsTest {
    /** docs:dm/dm-table-routing.md, "Extract table, schema, and source information and write into the merged table". */
    private static final String DM_EXAMPLE = "routes=rule-1,rule-2; "
            + "routes.rule-1.schema.pattern=test_*; routes.rule-1.table.pattern=t_*; "
            + "routes.rule-1.target.schema=test; routes.rule-1.target.table=t; "
            + "routes.rule-1.extract.table.regexp=t_(.*); routes.rule-1.extract.table.column=c_table; "
            + "routes.rule-1.extract.schema.regexp=test_(.*); routes.rule-1.extract.schema.column=c_schema; "
            + "routes.rule-1.extract.source.regexp=(.*); routes.rule-1.extract.source.column=c_source; "
            + "routes.rule-2.schema.pattern=test_*; routes.rule-2.target.schema=test";

    @ParameterizedTest(name = "{1}:{0} -> c_table={2}, c_schema={3}, c_source={1}")
    @CsvSource({
            "test_11.t_1, mysql-01, 1, 11",
            "test_11.t_2, mysql-01, 2, 11",
            "test_12.t_1, mysql-01, 1, 12",
            "test_13.t_3, mysql-02, 3, 13",
    })
    void dmDocumentedExample(String upstream, String source, String cTable, String cSchema) {
        RouteResult result = router(DM_EXAMPLE, false).route(id(upstream), source);

        assertThat(result.target()).isEqualTo(id("test.t"));
        assertThat(new ArrayList<>(result.extractColumns().entrySet())).containsExactly(
                Map.entry("c_table", cTable), Map.entry("c_schema", cSchema), Map.entry("c_source", source));
    }

    @Test
    void columnsComeInDmOrderWhateverTheOrderOfTheKeys() {
        RouteResult result = router("routes=r; routes.r.extract.source.regexp=(.*); routes.r.extract.source.column=src; "
                + "routes.r.extract.schema.regexp=(.*); routes.r.extract.schema.column=sch; "
                + "routes.r.schema.pattern=s; routes.r.target.schema=m; "
                + "routes.r.extract.table.regexp=(.*); routes.r.extract.table.column=tbl", false).route(id("s.t"), "x");

        assertThat(List.copyOf(result.extractColumns().keySet())).containsExactly("tbl", "sch", "src");
    }

    @ParameterizedTest(name = "{0} on {1} -> ''{2}''")
    @CsvSource(delimiter = '|', value = {
            // all capture groups, concatenated
            "t_(\\d+)_(\\d+)       | t_3_14     | 314",
            "^(\\w)\\w*_(\\d+)$    | orders_07  | o07",
            // unanchored, like Go's FindStringSubmatch: the first match anywhere in the name
            "(\\d+)                | t_12_x_34  | 12",
            // no match: the empty string (DM writes it; the row is not dropped)
            "^x_(.*)               | t_1        | ''",
            // a group that does not take part in the match contributes nothing
            "t_(\\d+)(_bak)?       | t_9        | 9",
            // case-sensitive even though routing ignores case (DM compiles it without (?i))
            "t_(.*)                | T_1        | ''",
            "(?i)t_(.*)            | T_1        | 1",
    })
    void theValueIsTheConcatenationOfAllCaptureGroups(String regexp, String table, String value) {
        TableRouter router = router("routes=r; routes.r.schema.pattern=s; routes.r.target.schema=m; "
                + "routes.r.extract.table.regexp=" + regexp + "; routes.r.extract.table.column=c", false);

        assertThat(router.route(id("s." + table), "src").extractColumns()).containsExactly(Map.entry("c", value));
    }

    @Test
    void aSchemaLevelRuleAlsoExtractsForTheTablesItRoutes() {
        TableRouter router = router("routes=r; routes.r.schema.pattern=shard_*; routes.r.target.schema=all; "
                + "routes.r.extract.schema.regexp=shard_(\\d+); routes.r.extract.schema.column=shard", false);

        assertThat(router.route(id("shard_4.orders"), "s").extractColumns()).containsExactly(Map.entry("shard", "4"));
        assertThat(router.route(id("shard_4"), "s").extractColumns()).as("schema-only ids carry no rows").isEmpty();
    }

    @Test
    void onlyTheWinningRuleExtracts() {
        RouteResult byTableRule = router(DM_EXAMPLE, false).route(id("test_1.users"), "s");

        assertThat(byTableRule.ruleName()).isEqualTo("rule-2");
        assertThat(byTableRule.extractColumns()).isEmpty();
    }
}
