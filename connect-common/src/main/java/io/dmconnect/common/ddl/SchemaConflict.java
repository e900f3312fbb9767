package io.dmconnect.common.ddl;

/** Raised inside the appliers; {@link SchemaApplier} attaches the statement and rethrows a DdlApplyException. */
final class SchemaConflict extends RuntimeException {
    private final DdlApplyException.Reason reason;

    SchemaConflict(DdlApplyException.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DdlApplyException.Reason reason() {
        return reason;
    }
}
