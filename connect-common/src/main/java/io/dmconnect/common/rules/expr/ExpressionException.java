package io.dmconnect.common.rules.expr;

/**
 * An expression that cannot be used: it does not parse, uses something outside the supported set, names a column the
 * table does not have, or fails while it is evaluated (as MySQL would fail: an invalid JSON document, a BIGINT
 * overflow). The message is written for the user and names the offending part.
 */
public final class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the expression cannot be used. */
    public enum Kind { SYNTAX, UNSUPPORTED, UNKNOWN_COLUMN, EVALUATION }

    private final Kind kind;

    public ExpressionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ExpressionException unsupported(String what) {
        return new ExpressionException(Kind.UNSUPPORTED, "unsupported: " + what);
    }

    public static ExpressionException evaluation(String message) {
        return new ExpressionException(Kind.EVALUATION, message);
    }
}
