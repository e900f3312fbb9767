package io.dmconnect.common.rules;

import io.dmconnect.common.rules.ba.BlockAllowList;
import io.dmconnect.common.rules.event.BinlogEventFilter;
import io.dmconnect.common.rules.expr.ExpressionFilter;
import io.dmconnect.common.rules.route.TableRouter;

/**
 * Every DM rule of one connector, parsed and ready: what is captured (block-allow list), where it goes (router;
 * on the source it keeps every name), which events pass (binlog event filter) and which rows are dropped
 * (expression filter). Immutable and thread-safe; each part caches its decisions per table.
 */
public record Rules(RuleSide side, boolean caseSensitive, BlockAllowList blockAllow, TableRouter router,
                    BinlogEventFilter eventFilter, ExpressionFilter expressionFilter) {
}
