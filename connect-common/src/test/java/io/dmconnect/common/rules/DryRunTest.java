package io.dmconnect.common.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.event.EventType;
import io.dmconnect.common.rules.event.FilterAction;
import io.dmconnect.common.rules.expr.RowOp;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DryRunTest {
    private static final Rules RULES = RulesConfig.parse(sinkConfig(), RuleSide.SINK);

    private static Map<String, String> sinkConfig() {
        Map<String, String> p = new HashMap<>();
        p.put("block.allow.do.dbs", "shop_0[12]");
        p.put("block.allow.ignore.tables", "shop_0[12].orders_archive*");
        p.put("routes", "orders");
        p.put("routes.orders.schema.pattern", "shop_0[12]");
        p.put("routes.orders.table.pattern", "orders_*");
        p.put("routes.orders.target.schema", "shop");
        p.put("routes.orders.target.table", "orders");
        p.put("routes.orders.extract.table.regexp", "^orders_(\\d+)$");
        p.put("routes.orders.extract.table.column", "c_table");
        p.put("filters", "no-drops");
        p.put("filters.no-drops.schema.pattern", "shop_0*");
        p.put("filters.no-drops.table.pattern", "orders_*");
        p.put("filters.no-drops.events", "drop table,truncate table");
        p.put("filters.no-drops.action", "Ignore");
        p.put("expression.filters", "big");
        p.put("expression.filters.big.schema", "shop_01");
        p.put("expression.filters.big.table", "orders_07");
        p.put("expression.filters.big.insert.value.expr", "amount > 100");
        return p;
    }

    private static DryRun.Answer ask(String db, String table, EventType event, String sql, Map<String, Object> row, Map<String, Object> old) {
        return DryRun.answer(RULES, new DryRun.Question(new TableId(db, table), "up1", event, sql, row, old));
    }

    @Test
    void aShardTableIsCapturedRoutedAndFiltered() {
        DryRun.Answer a = ask("shop_01", "orders_07", EventType.INSERT, null, Map.of("amount", "150"), null);
        assertThat(a.captured()).isTrue();
        assertThat(a.route().target()).isEqualTo(new TableId("shop", "orders"));
        assertThat(a.route().extractColumns()).containsEntry("c_table", "07");
        assertThat(a.eventDecision().action()).isEqualTo(FilterAction.DO);
        assertThat(a.rowOp()).isEqualTo(RowOp.INSERT);
        assertThat(a.expression().drop()).isTrue();
        assertThat(a.expression().ruleName()).isEqualTo("big");

        assertThat(ask("shop_01", "orders_07", EventType.INSERT, null, Map.of("amount", "5"), null).expression().drop()).isFalse();
    }

    @Test
    void blockedTablesSayWhichRuleBlockedThem() {
        DryRun.Answer archive = ask("shop_02", "orders_archive_2020", null, null, null, null);
        assertThat(archive.captured()).isFalse();
        assertThat(archive.capture().reason()).contains("block.allow.ignore.tables");
        assertThat(archive.eventDecision()).isNull();
        assertThat(archive.expression()).isNull();
        assertThat(ask("other", "t", null, null, null, null).captured()).isFalse();
    }

    @Test
    void aStatementIsClassifiedIntoItsEventType() {
        DryRun.Answer drop = ask("shop_02", "orders_03", null, "DROP TABLE shop_02.orders_03", null, null);
        assertThat(drop.event()).isEqualTo(EventType.DROP_TABLE);
        assertThat(drop.eventDecision().action()).isEqualTo(FilterAction.IGNORE);
        assertThat(drop.eventDecision().ruleName()).isEqualTo("no-drops");

        DryRun.Answer add = ask("shop_02", "orders_03", null, "ALTER TABLE shop_02.orders_03 ADD COLUMN c INT", null, null);
        assertThat(add.eventDecision().action()).isEqualTo(FilterAction.DO);
    }

    @Test
    void rowsAloneTellTheOperation() {
        assertThat(ask("shop_01", "orders_07", null, null, Map.of("amount", "1"), Map.of("amount", "2")).rowOp()).isEqualTo(RowOp.UPDATE);
        assertThat(ask("shop_01", "orders_07", null, null, null, Map.of("amount", "2")).rowOp()).isEqualTo(RowOp.DELETE);
        assertThat(ask("shop_01", "orders_07", EventType.DELETE, null, Map.of("amount", "2"), null).rowOp()).isEqualTo(RowOp.DELETE);
    }
}
