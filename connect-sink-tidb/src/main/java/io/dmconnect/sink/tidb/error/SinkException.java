package io.dmconnect.sink.tidb.error;

import java.util.Objects;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A sink failure with a stable {@link ErrorCode}: its message starts with the code, says what went wrong (and on
 * what), and ends with the workaround, so the task's trace in Connect's REST status is actionable on its own.
 * Thrown from {@code put()} it fails the task.
 */
public final class SinkException extends ConnectException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;

    public SinkException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    public SinkException(ErrorCode code, String detail, Throwable cause) {
        super(format(code, detail), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }

    static String format(ErrorCode code, String detail) {
        return code.code() + ": " + code.message() + (detail == null || detail.isBlank() ? "" : ": " + detail)
                + ". " + code.workaround();
    }
}
