package io.dmconnect.common.ddl;

/** The statement text does not match the grammar this package understands; the message says where. */
public final class DdlSyntaxException extends RuntimeException {
    private final int offset;

    public DdlSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Character offset in the statement where parsing stopped. */
    public int offset() {
        return offset;
    }
}
