package io.dmconnect.common.rules.expr;

/** The kind of row change an expression filter decides on. */
public enum RowOp {
    INSERT, UPDATE, DELETE;

    /** The row operation of a change event's op code; a snapshot read is an insert, as DM's load is. */
    public static RowOp of(io.dmconnect.common.record.Envelope.Op op) {
        return switch (op) {
            case CREATE, READ -> INSERT;
            case UPDATE -> UPDATE;
            case DELETE -> DELETE;
        };
    }
}
