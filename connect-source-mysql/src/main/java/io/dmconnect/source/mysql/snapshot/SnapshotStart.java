package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.source.mysql.MySqlSourceConfig.SnapshotMode;
import java.util.Map;

/** How task 0 starts, from snapshot.mode and what the offsets hold. */
public enum SnapshotStart {
    /** Plan and take a new snapshot (re-reading the schemas), then go on as the mode says. */
    FRESH,
    /** Finish the committed plan (possibly finished already), then go on as the mode says. */
    RESUME,
    /** Stream from the offset (or the configured start); no snapshot. */
    STREAM;

    /** The stream offset key that ties a first start's offset to its plan (see {@link #decide}). */
    public static final String PLAN_KEY = "snapshot_plan";

    /**
     * @param streamOffset the committed offset of the binlog partition, or null
     * @param purged       whether the binlog file of that offset is gone from the server
     * @param startSet     whether binlog.start.* names where to start: then initial and when_needed stream from
     *                     there on a first start (DM's incremental task with its meta), nothing is snapshotted
     */
    public static SnapshotStart decide(SnapshotMode mode, boolean planCommitted, Map<String, Object> streamOffset,
                                       boolean purged, boolean startSet) {
        if (mode == SnapshotMode.NO_DATA) {
            return STREAM;
        }
        if (mode == SnapshotMode.WHEN_NEEDED && streamOffset != null && purged) {
            return FRESH;
        }
        if (planCommitted) {
            return RESUME;
        }
        if (streamOffset == null && startSet && mode != SnapshotMode.INITIAL_ONLY) {
            return STREAM;
        }
        if (streamOffset == null || streamOffset.containsKey(PLAN_KEY) || mode == SnapshotMode.INITIAL_ONLY) {
            // no offset; or the first start's offset got committed but its plan did not (a crash in between)
            return FRESH;
        }
        return STREAM; // an offset from streaming without a snapshot: keep streaming
    }
}
