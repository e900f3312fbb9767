package io.dmconnect.sink.tidb.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.decode.SourcePos;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleStageTest {
    private static RuleStage stage(Map<String, String> extra) {
        Map<String, String> p = new HashMap<>();
        p.put("routes", "merge");
        p.put("routes.merge.schema.pattern", "shop_*");
        p.put("routes.merge.table.pattern", "orders_*");
        p.put("routes.merge.target.schema", "shop");
        p.put("routes.merge.target.table", "orders");
        p.put("routes.merge.extract.table.regexp", "^orders_(\\d+)$");
        p.put("routes.merge.extract.table.column", "c_table");
        p.putAll(extra);
        return new RuleStage(RulesConfig.parse(p, RuleSide.SINK));
    }

    private static Change.Row row(String db, String table, Envelope.Op op, long id) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", id);
        return new Change.Row(new TableId(db, table), op, op == Envelope.Op.CREATE ? Map.of() : image,
                op == Envelope.Op.DELETE ? Map.of() : image, new SourcePos("up1", "f.1", 4, 0, 1), null);
    }

    @Test
    void routesShardsIntoTheMergedTableWithExtractColumnsLast() {
        RoutedRow r = stage(Map.of()).apply(row("shop_1", "orders_07", Envelope.Op.UPDATE, 5)).orElseThrow();
        assertThat(r.target()).isEqualTo(new TableId("shop", "orders"));
        assertThat(r.after()).containsExactly(Map.entry("id", 5L), Map.entry("c_table", "07"));
        assertThat(r.before()).containsEntry("c_table", "07");
    }

    @Test
    void blockAllowEventAndExpressionFiltersDropInDmsOrder() {
        RuleStage s = stage(Map.of("block.allow.ignore.dbs", "tmp", "filters", "nodel", "filters.nodel.schema.pattern", "shop_*",
                "filters.nodel.events", "delete", "filters.nodel.action", "Ignore",
                "expression.filters", "big", "expression.filters.big.schema", "shop_1",
                "expression.filters.big.table", "orders_07", "expression.filters.big.insert.value.expr", "id > 100"));
        assertThat(s.apply(row("tmp", "t", Envelope.Op.CREATE, 1))).isEmpty();
        assertThat(s.apply(row("shop_1", "orders_07", Envelope.Op.DELETE, 1))).isEmpty();
        assertThat(s.apply(row("shop_1", "orders_07", Envelope.Op.CREATE, 101))).isEmpty();
        assertThat(s.apply(row("shop_1", "orders_07", Envelope.Op.CREATE, 5))).isPresent();
    }

    @Test
    void anErrorFilterStopsTheTask() {
        RuleStage s = stage(Map.of("filters", "stop", "filters.stop.schema.pattern", "shop_*",
                "filters.stop.events", "delete", "filters.stop.action", "Error"));
        assertThatThrownBy(() -> s.apply(row("shop_1", "orders_07", Envelope.Op.DELETE, 1)))
                .hasMessageContaining("binlog event filter stop stops the task");
    }
}
