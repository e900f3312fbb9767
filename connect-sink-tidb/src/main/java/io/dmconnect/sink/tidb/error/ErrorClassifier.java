package io.dmconnect.sink.tidb.error;

import java.util.List;
import java.util.Objects;

/**
 * Classifies a failed downstream statement or batch by the first row of {@link ErrorRules#TABLE} that matches,
 * reading the whole cause chain ({@link SqlFailure}). Pure, stateless and thread-safe.
 */
public final class ErrorClassifier {
    private final List<ErrorRule> rules = ErrorRules.TABLE;

    /**
     * How the failed work was being applied.
     *
     * @param ddl         the failed statement is a DDL (row errors and splitting do not apply to it)
     * @param idempotent  redoing it cannot duplicate anything: DML in safe mode, or a DDL the planner marked
     *                    idempotent
     * @param nothingSent the failure happened before any statement of the transaction reached the server (opening
     *                    the connection, BEGIN)
     */
    public record Context(boolean ddl, boolean idempotent, boolean nothingSent) {
        /** Row changes, in safe mode or not. */
        public static Context dml(boolean safeMode) {
            return new Context(false, safeMode, false);
        }

        /** A DDL; {@code idempotent} as the replay plan says. */
        public static Context ddl(boolean idempotent) {
            return new Context(true, idempotent, false);
        }

        /** The same context, failing before anything was sent. */
        public Context beforeWrite() {
            return new Context(ddl, idempotent, true);
        }
    }

    /** The class of {@code failure} in {@code ctx}; anything unknown is {@link ErrorClass#FATAL}. */
    public Classification classify(Throwable failure, Context ctx) {
        Objects.requireNonNull(ctx, "ctx");
        SqlFailure read = SqlFailure.of(failure);
        for (ErrorRule rule : rules) {
            if (rule.applies(read, ctx)) {
                return new Classification(rule.errorClass(), rule, read);
            }
        }
        return new Classification(ErrorClass.FATAL, null, read);
    }

    /** The rows in the order they are tried. */
    public List<ErrorRule> rules() {
        return rules;
    }
}
