package io.dmconnect.sink.tidb.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * DM's DDL wrapper ({@code dm/syncer/syncer.go syncDDL}): {@code SET TIMESTAMP = <event time>},
 * {@code SET SESSION TIME_ZONE = '<event zone>'}, the DDLs, {@code SET SESSION TIME_ZONE = DEFAULT},
 * {@code SET TIMESTAMP = DEFAULT}. Without a known event time or zone that part is left out.
 */
final class Wrapper {
    private Wrapper() {
    }

    static List<String> wrap(List<String> ddls, UpstreamSession session, ReplayOptions options) {
        long ts = session == null ? 0 : session.timestampSeconds();
        String zone = zone(session, options);
        List<String> out = new ArrayList<>();
        if (ts > 0) {
            out.add("SET TIMESTAMP = " + ts);
        }
        if (zone != null) {
            out.add("SET SESSION TIME_ZONE = " + quote(zone));
        }
        out.addAll(ddls);
        if (zone != null) {
            // DM restores the global zone; a sink session with its own time_zone gets that back instead
            out.add("SET SESSION TIME_ZONE = " + (options.sessionTimeZone() == null ? "DEFAULT"
                    : quote(options.sessionTimeZone())));
        }
        if (ts > 0) {
            out.add("SET TIMESTAMP = DEFAULT");
        }
        return out;
    }

    /** The event's zone; {@code SYSTEM} means the upstream's system zone, which the downstream's may not be. */
    private static String zone(UpstreamSession session, ReplayOptions options) {
        String zone = session == null || session.timeZone() == null ? null : session.timeZone().trim();
        if (zone == null || zone.isEmpty()) {
            return null;
        }
        if (zone.equalsIgnoreCase("SYSTEM")) {
            return options.upstreamSystemTimeZone();
        }
        return zone;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
