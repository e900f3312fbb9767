package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.shard.ShardMode;
import io.dmconnect.sink.tidb.session.Downstream;
import java.util.Objects;

/**
 * How DDL is replayed.
 *
 * @param downstream             the server kind: decides which IF [NOT] EXISTS forms it accepts and whether it has
 *                               sequences
 * @param collation              {@code ddl.collation.compatible}
 * @param shardMode              {@code shard.mode}: shard modes never drop or truncate the merged table
 * @param foreignKeyChecks       the downstream session has foreign_key_checks=1: foreign-key DDL is refused, as DM
 *                               refuses it
 * @param sessionTimeZone        the time_zone the sink's session uses ({@code session.time_zone}), restored after
 *                               each DDL; null restores the global one ({@code SET SESSION TIME_ZONE = DEFAULT}, DM)
 * @param upstreamSystemTimeZone what an event's {@code SYSTEM} time zone means upstream ({@code +08:00}), or null
 */
public record ReplayOptions(Downstream downstream, CollationMode collation, ShardMode shardMode,
                            boolean foreignKeyChecks, String sessionTimeZone, String upstreamSystemTimeZone) {
    public ReplayOptions {
        Objects.requireNonNull(downstream, "downstream");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(shardMode, "shardMode");
    }

    /** DM's defaults for a downstream: loose collations, no shard mode, foreign_key_checks=0. */
    public static ReplayOptions defaults(Downstream downstream) {
        return new ReplayOptions(downstream, CollationMode.LOOSE, ShardMode.NONE, false, null, null);
    }

    public ReplayOptions withCollation(CollationMode mode) {
        return new ReplayOptions(downstream, mode, shardMode, foreignKeyChecks, sessionTimeZone,
                upstreamSystemTimeZone);
    }

    public ReplayOptions withShardMode(ShardMode mode) {
        return new ReplayOptions(downstream, collation, mode, foreignKeyChecks, sessionTimeZone,
                upstreamSystemTimeZone);
    }

    public ReplayOptions withForeignKeyChecks(boolean checks) {
        return new ReplayOptions(downstream, collation, shardMode, checks, sessionTimeZone, upstreamSystemTimeZone);
    }

    public ReplayOptions withTimeZones(String session, String upstreamSystem) {
        return new ReplayOptions(downstream, collation, shardMode, foreignKeyChecks, session, upstreamSystem);
    }
}
