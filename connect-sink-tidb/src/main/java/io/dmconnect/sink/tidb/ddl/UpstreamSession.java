package io.dmconnect.sink.tidb.ddl;

/**
 * What the upstream session looked like when a DDL ran, from its binlog event: DM replays the DDL with the same
 * timestamp and time zone so {@code DEFAULT CURRENT_TIMESTAMP} fills existing rows with the upstream's values.
 *
 * @param timestampSeconds the event's timestamp (binlog header, seconds); 0 or less when unknown (no
 *                         {@code SET TIMESTAMP})
 * @param timeZone         the session time_zone from the event's status variables ({@code +08:00}, {@code UTC},
 *                         {@code SYSTEM}), or null when the event carried none; DM then uses the last one seen, which
 *                         the caller keeps
 * @param collationServer  collation_server from the status variables, or null; used by strict collations for a
 *                         CREATE DATABASE without a character set
 */
public record UpstreamSession(long timestampSeconds, String timeZone, String collationServer) {
    /** Only the event time (from a record's {@code ts_ms}). */
    public static UpstreamSession at(long timestampSeconds) {
        return new UpstreamSession(timestampSeconds, null, null);
    }
}
