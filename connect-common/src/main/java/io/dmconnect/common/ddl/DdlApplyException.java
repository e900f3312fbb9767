package io.dmconnect.common.ddl;

import java.util.Objects;

/**
 * A DDL cannot be applied to the known schema (the tracker's copy disagrees with what the upstream ran, or the
 * statement's result cannot be derived from its text). The message names the statement; the caller adds the
 * binlog position and the ways out (skip the statement, or give the table's schema).
 */
public final class DdlApplyException extends RuntimeException {
    /** Why, so a caller can tell "not a table I know" from a real disagreement. */
    public enum Reason {
        UNKNOWN_TABLE, TABLE_EXISTS, UNKNOWN_COLUMN, DUPLICATE_COLUMN, UNKNOWN_KEY, DUPLICATE_KEY,
        MULTIPLE_PRIMARY_KEY, NO_COLUMNS_LEFT, NEEDS_SCHEMA
    }

    private final transient SingleDdl ddl;
    private final Reason reason;

    public DdlApplyException(SingleDdl ddl, Reason reason, String message) {
        super("cannot apply `" + ddl.sql() + "` to the tracked schema: " + message);
        this.ddl = Objects.requireNonNull(ddl, "ddl");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public SingleDdl ddl() {
        return ddl;
    }

    public Reason reason() {
        return reason;
    }
}
