package io.dmconnect.harness;

/** A fixture could not be started, reached or stopped; the message says which and what to do. */
public class HarnessException extends RuntimeException {
    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
