package io.dmconnect.common.rules;

import io.dmconnect.common.TableId;


import io.dmconnect.common.rules.event.FilterDecision;
import io.dmconnect.common.rules.event.ClassifiedDdl;
import io.dmconnect.common.rules.event.DdlClassifier;
import io.dmconnect.common.rules.event.EventType;
import io.dmconnect.common.rules.expr.ExpressionFilter;
import io.dmconnect.common.rules.expr.RowOp;
import io.dmconnect.common.rules.expr.ExprDecision;
import io.dmconnect.common.rules.ba.BaDecision;
import io.dmconnect.common.rules.route.RouteResult;
import java.util.Map;
import java.util.Optional;

/**
 * Answers, for one upstream table and optionally one event, statement or row, what the rules would do with it:
 * what {@code bin/dm-connect rules} prints. Every part is asked, even for a table that is not captured, so the
 * user sees the whole configuration's opinion at once.
 */
public final class DryRun {
    private static final DdlClassifier CLASSIFIER = new DdlClassifier();
    private DryRun() {
    }

    /** What to ask about; event, sql and the rows are optional (null or empty). */
    public record Question(TableId table, String sourceId, EventType event, String sql,
                           Map<String, Object> row, Map<String, Object> oldRow) {
        public Question {
            row = row == null ? Map.of() : row;
            oldRow = oldRow == null ? Map.of() : oldRow;
        }
    }

    /**
     * The rules' answers; {@code eventDecision} is null when neither an event nor a statement was given,
     * {@code expression} null when no row was given, {@code event} is the given or derived event type (or null).
     */
    public record Answer(BaDecision capture, RouteResult route, EventType event,
                         FilterDecision eventDecision, RowOp rowOp,
                         ExprDecision expression) {
        public boolean captured() {
            return capture.captured();
        }
    }

    public static Answer answer(Rules rules, Question q) {
        BaDecision capture = rules.blockAllow().decide(q.table());
        RouteResult route = rules.router().route(q.table(), q.sourceId());
        Optional<ClassifiedDdl> ddl = q.event() == null ? classify(q) : Optional.empty();
        EventType event = q.event() != null ? q.event() : ddl.map(ClassifiedDdl::type).orElse(null);
        FilterDecision eventDecision = eventDecision(rules, q, event, ddl);
        RowOp op = rowOp(q, event);
        ExprDecision expression = op == null ? null : expression(rules, q, op);
        return new Answer(capture, route, event, eventDecision, op, expression);
    }

    /** A delete given with --row alone: that row is the deleted one. */
    private static ExprDecision expression(Rules rules, Question q, RowOp op) {
        Map<String, Object> before = op == RowOp.DELETE && q.oldRow().isEmpty() ? q.row() : q.oldRow();
        Map<String, Object> after = op == RowOp.DELETE ? Map.of() : q.row();
        return rules.expressionFilter().decide(q.table(), op, before, after, null);
    }

    /** A statement the classifier cannot read is matched as DM matches it: by sql.pattern, with no schema or table. */
    private static FilterDecision eventDecision(Rules rules, Question q, EventType event, Optional<ClassifiedDdl> ddl) {
        if (ddl.isPresent()) {
            return rules.eventFilter().decide(ddl.get(), q.sql());
        }
        if (event != null) {
            return rules.eventFilter().decide(q.table(), event, q.sql());
        }
        return q.sql() == null ? null : rules.eventFilter().decideUnparsed(q.sql());
    }

    private static Optional<ClassifiedDdl> classify(Question q) {
        if (q.sql() == null) {
            return Optional.empty();
        }
        return CLASSIFIER.classify(q.sql(), q.table().schema(), id -> null);
    }

    /** The event names the operation; without one, the rows given tell it (old and new: update). */
    private static RowOp rowOp(Question q, EventType event) {
        if (q.row().isEmpty() && q.oldRow().isEmpty()) {
            return null;
        }
        if (event == EventType.INSERT) {
            return RowOp.INSERT;
        }
        if (event == EventType.UPDATE) {
            return RowOp.UPDATE;
        }
        if (event == EventType.DELETE) {
            return RowOp.DELETE;
        }
        if (!q.oldRow().isEmpty()) {
            return q.row().isEmpty() ? RowOp.DELETE : RowOp.UPDATE;
        }
        return RowOp.INSERT;
    }
}
