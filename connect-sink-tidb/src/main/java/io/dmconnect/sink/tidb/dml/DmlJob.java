package io.dmconnect.sink.tidb.dml;

import java.util.Objects;

/**
 * A row change together with the safe mode it is applied in, DM's DML {@code job}. Safe mode is decided per change
 * by the caller (configuration, exit point, duration, shard re-sync); the compactor may switch it on (DELETE then
 * INSERT of one key becomes a REPLACE), never off.
 */
public record DmlJob(RowChange change, boolean safeMode) {
    public DmlJob {
        Objects.requireNonNull(change, "change");
    }

    DmlJob with(RowChange newChange) {
        return new DmlJob(newChange, safeMode);
    }

    DmlJob withSafeMode(boolean newSafeMode) {
        return newSafeMode == safeMode ? this : new DmlJob(change, newSafeMode);
    }
}
