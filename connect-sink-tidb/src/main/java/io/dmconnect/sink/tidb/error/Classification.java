package io.dmconnect.sink.tidb.error;

import java.util.Objects;

/**
 * The classifier's answer: the class, the table row that decided it (null when no row matched and the default,
 * {@link ErrorClass#FATAL}, applies) and what was read from the failure.
 */
public record Classification(ErrorClass errorClass, ErrorRule rule, SqlFailure failure) {
    public Classification {
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(failure, "failure");
    }

    /** The MySQL/TiDB error number, or 0. */
    public int code() {
        return failure.code();
    }

    /** Why, for logs: {@code RETRY (error 9007: transient in MySQL/TiDB ...)}. */
    public String explain() {
        String reason = rule == null ? "no rule matches; not retryable" : rule.why();
        return errorClass + " (error " + failure.code()
                + (failure.sqlState() == null ? "" : ", SQLState " + failure.sqlState()) + ": " + reason + ")";
    }
}
