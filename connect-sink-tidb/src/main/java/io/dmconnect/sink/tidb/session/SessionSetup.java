package io.dmconnect.sink.tidb.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The session variables every downstream connection gets, as DM sets them ({@code dm/pkg/conn/basedb.go},
 * {@code dm/config AdjustTargetDBSessionCfg}): {@code foreign_key_checks=0}, the source's {@code sql_mode}
 * adjusted by {@link SqlModes}, the task's {@code time_zone}, and on TiDB 3.0+ {@code tidb_txn_mode=optimistic}.
 * A variable the user sets ({@code session.<variable>}) always wins over these defaults. Pure.
 */
public final class SessionSetup {
    private static final List<String> KEYWORD_VALUES = List.of("ON", "OFF", "TRUE", "FALSE", "DEFAULT");

    private SessionSetup() {
    }

    /**
     * What the session depends on.
     *
     * @param downstream        the server kind
     * @param downstreamVersion {@code SELECT VERSION()} of the downstream, or null when unknown
     * @param sourceSqlMode     the upstream's global sql_mode, or null when unknown (then only DM's additions)
     * @param timeZone          the task time zone, or null to keep the downstream's global one (DM's default)
     * @param overrides         {@code session.<variable>} values by lower-case variable name (see
     *                          {@link SessionConfig#parse})
     */
    public record Options(Downstream downstream, String downstreamVersion, String sourceSqlMode, String timeZone,
                          Map<String, String> overrides) {
        public Options {
            Objects.requireNonNull(downstream, "downstream");
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }
    }

    /** Variable name to its value as an SQL literal, in the order they are set. */
    public static Map<String, String> variables(Options o) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("foreign_key_checks", "0");
        vars.put("sql_mode", quote(SqlModes.adjust(o.sourceSqlMode())));
        if (o.timeZone() != null && !o.timeZone().isBlank()) {
            vars.put("time_zone", quote(o.timeZone().trim()));
        }
        if (o.downstream() == Downstream.TIDB && Downstream.tidbAtLeast(o.downstreamVersion(), 3, 0)) {
            vars.put("tidb_txn_mode", quote("optimistic"));
        }
        o.overrides().forEach((name, value) -> vars.put(name.toLowerCase(Locale.ROOT), literal(value)));
        return vars;
    }

    /** One {@code SET SESSION} per variable, to run on every new connection before anything else. */
    public static List<String> statements(Options o) {
        return variables(o).entrySet().stream()
                .map(e -> "SET SESSION " + e.getKey() + " = " + e.getValue())
                .toList();
    }

    /** Numbers and ON/OFF-style keywords as they are, anything else as a string literal. */
    static String literal(String value) {
        String v = value.trim();
        if (v.matches("-?\\d+(\\.\\d+)?") || KEYWORD_VALUES.contains(v.toUpperCase(Locale.ROOT))) {
            return v;
        }
        return quote(v);
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
