package io.dmconnect.sink.tidb.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DM's downstream {@code sql_mode} adjustment ({@code dm/pkg/conn AdjustSQLModeCompatible}): the source's mode
 * without the modes that reject what a binlog can legitimately contain (zero dates, invalid dates, division by
 * zero results, over-long values in strict mode), plus the modes that keep values as the source had them
 * ({@code NO_AUTO_VALUE_ON_ZERO} keeps a 0 in an AUTO_INCREMENT column, {@code ALLOW_INVALID_DATES} keeps
 * {@code 2020-02-31}). Combination modes are expanded first, as the server does, so {@code TRADITIONAL} loses its
 * strict parts.
 */
public final class SqlModes {
    /** Removed, in DM's order. */
    public static final List<String> DISABLED = List.of("NO_ZERO_IN_DATE", "NO_ZERO_DATE",
            "ERROR_FOR_DIVISION_BY_ZERO", "NO_AUTO_CREATE_USER", "STRICT_TRANS_TABLES", "STRICT_ALL_TABLES");
    /** Added, in DM's order. */
    public static final List<String> ENABLED = List.of("IGNORE_SPACE", "NO_AUTO_VALUE_ON_ZERO", "ALLOW_INVALID_DATES");

    // MySQL's combination modes; the server stores their parts, and so must the adjustment
    private static final Map<String, List<String>> COMBINATIONS = Map.of(
            "ANSI", List.of("REAL_AS_FLOAT", "PIPES_AS_CONCAT", "ANSI_QUOTES", "IGNORE_SPACE", "ONLY_FULL_GROUP_BY"),
            "TRADITIONAL", List.of("STRICT_TRANS_TABLES", "STRICT_ALL_TABLES", "NO_ZERO_IN_DATE", "NO_ZERO_DATE",
                    "ERROR_FOR_DIVISION_BY_ZERO", "NO_ENGINE_SUBSTITUTION"));

    private SqlModes() {
    }

    /** The adjusted mode; a null or empty source mode gives just {@link #ENABLED}. */
    public static String adjust(String sourceMode) {
        Set<String> modes = new LinkedHashSet<>();
        for (String mode : split(sourceMode)) {
            modes.addAll(COMBINATIONS.getOrDefault(mode, List.of(mode)));
        }
        modes.removeAll(DISABLED);
        modes.addAll(ENABLED);
        return String.join(",", modes);
    }

    private static List<String> split(String mode) {
        List<String> out = new ArrayList<>();
        if (mode == null) {
            return out;
        }
        for (String part : mode.split(",")) {
            String m = part.trim().toUpperCase(Locale.ROOT);
            if (!m.isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }
}
