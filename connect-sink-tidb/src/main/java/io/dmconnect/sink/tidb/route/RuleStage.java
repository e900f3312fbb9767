package io.dmconnect.sink.tidb.route;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.common.rules.event.EventType;
import io.dmconnect.common.rules.event.FilterAction;
import io.dmconnect.common.rules.event.FilterDecision;
import io.dmconnect.common.rules.expr.RowOp;
import io.dmconnect.common.rules.route.RouteResult;
import io.dmconnect.sink.tidb.decode.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * DM's rule order for one row change, on the sink: block-allow list, binlog event filter, routing (with extract
 * columns), expression filter (evaluated on the upstream table and values, as DM does). Empty when a rule drops it.
 */
public final class RuleStage {
    private final Rules rules;

    public RuleStage(Rules rules) {
        this.rules = rules;
    }

    public Optional<RoutedRow> apply(Change.Row row) {
        TableId table = row.upstream();
        if (!rules.blockAllow().decide(table).captured()) {
            return Optional.empty();
        }
        EventType type = switch (row.op()) {
            case CREATE, READ -> EventType.INSERT;
            case UPDATE -> EventType.UPDATE;
            case DELETE -> EventType.DELETE;
        };
        FilterDecision decision = rules.eventFilter().decide(table, type, null);
        if (decision.action() == FilterAction.ERROR) {
            throw new ConnectException("binlog event filter " + decision.ruleName() + " stops the task: " + type
                    + " on " + table + " (" + row.pos() + ")");
        }
        if (decision.action() != FilterAction.DO) {
            return Optional.empty();
        }
        if (rules.expressionFilter().appliesTo(table)
                && rules.expressionFilter().decide(table, RowOp.of(row.op()), row.before(), row.after(), null).drop()) {
            return Optional.empty();
        }
        RouteResult route = rules.router().route(table, row.pos().sourceId());
        return Optional.of(new RoutedRow(row, route.target(), extended(row.before(), route), extended(row.after(), route)));
    }

    /** The target table of an upstream table (for DDL renames). */
    public TableId target(TableId upstream, String sourceId) {
        return rules.router().route(upstream, sourceId).target();
    }

    public Rules rules() {
        return rules;
    }

    private static Map<String, Object> extended(Map<String, Object> image, RouteResult route) {
        if (image.isEmpty() || route.extractColumns().isEmpty()) {
            return image;
        }
        Map<String, Object> copy = new LinkedHashMap<>(image);
        copy.putAll(route.extractColumns());
        return copy;
    }
}
