package io.dmconnect.sink.tidb.session;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The {@code session.<variable>} keys: downstream session variables set on every connection, DM's
 * {@code target-database.session}. Each overrides the default {@link SessionSetup} would give. The four variables
 * with a DM default are declared with their documentation; any other {@code session.<variable>} is passed through.
 */
public final class SessionConfig {
    public static final String PREFIX = "session.";
    public static final String GROUP = "Downstream session";
    public static final String FOREIGN_KEY_CHECKS = PREFIX + "foreign_key_checks";
    public static final String SQL_MODE = PREFIX + "sql_mode";
    public static final String TIME_ZONE = PREFIX + "time_zone";
    public static final String TIDB_TXN_MODE = PREFIX + "tidb_txn_mode";

    private static final String NAME_PATTERN = "[a-z_][a-z0-9_]{0,63}";

    private SessionConfig() {
    }

    /** Declares the session variables DM sets by default. */
    public static ConfigDef define(ConfigDef def) {
        def.define(FOREIGN_KEY_CHECKS, Type.STRING, null, validator(SessionConfig::booleanProblem, "0, 1, ON or OFF"),
                Importance.LOW, "Downstream foreign_key_checks. Unset: 0, as DM sets it, so rows of tables with "
                        + "foreign keys apply in any order. 1 makes the sink refuse foreign-key DDL (DM v8.5.6+).",
                GROUP, 1, Width.SHORT, "foreign_key_checks");
        def.define(SQL_MODE, Type.STRING, null, Importance.LOW, "Downstream sql_mode, used as written. Unset: the "
                        + "upstream's sql_mode (when known) without NO_ZERO_IN_DATE, NO_ZERO_DATE, "
                        + "ERROR_FOR_DIVISION_BY_ZERO, NO_AUTO_CREATE_USER, STRICT_TRANS_TABLES and STRICT_ALL_TABLES, "
                        + "plus IGNORE_SPACE, NO_AUTO_VALUE_ON_ZERO and ALLOW_INVALID_DATES, as DM adjusts it.",
                GROUP, 2, Width.LONG, "sql_mode");
        def.define(TIME_ZONE, Type.STRING, null, validator(SessionConfig::timeZoneProblem, "+hh:mm, SYSTEM or a zone id"),
                Importance.MEDIUM, "Downstream time_zone (DM's task timezone): TIMESTAMP values are written as "
                        + "wall-clock time in it. Unset: the downstream's global time_zone.",
                GROUP, 3, Width.SHORT, "time_zone");
        def.define(TIDB_TXN_MODE, Type.STRING, null, validator(SessionConfig::txnModeProblem, "optimistic or pessimistic"),
                Importance.LOW, "TiDB's tidb_txn_mode. Unset: optimistic on TiDB 3.0 and later, as DM sets it; not "
                        + "set on MySQL or MariaDB.",
                GROUP, 4, Width.SHORT, "tidb_txn_mode");
        return def;
    }

    /** Declares one more {@code session.<variable>} key; the docs use the name {@code <variable>}. */
    public static ConfigDef defineRule(ConfigDef def, String variable) {
        return def.define(PREFIX + variable, Type.STRING, null, Importance.LOW,
                "Any other downstream session variable, set with SET SESSION on every connection. Numbers and "
                        + "ON/OFF/TRUE/FALSE/DEFAULT are written as they are, anything else as a string.",
                GROUP, 10, Width.MEDIUM, "Session variable " + variable);
    }

    /** {@code base} plus a declaration for every {@code session.*} key in {@code props} it lacks, for validation. */
    public static ConfigDef enrich(ConfigDef base, Map<String, String> props) {
        ConfigDef def = new ConfigDef(base);
        for (String key : new TreeMap<>(props).keySet()) {
            if (key.startsWith(PREFIX) && !def.names().contains(key)) {
                defineRule(def, key.substring(PREFIX.length()));
            }
        }
        return def;
    }

    /**
     * The overrides by lower-case variable name, in key order.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static Map<String, String> parse(Map<String, String> props) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(props).entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                continue;
            }
            String problem = problem(e.getKey(), e.getValue());
            if (problem != null) {
                problems.add(new ConfigProblem(e.getKey(), problem));
            } else {
                overrides.put(e.getKey().substring(PREFIX.length()).toLowerCase(Locale.ROOT), e.getValue().trim());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return overrides;
    }

    private static String problem(String key, String value) {
        String name = key.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        if (!name.matches(NAME_PATTERN)) {
            return "'" + name + "' is not a session variable name: use letters, digits and '_' (e.g. "
                    + SQL_MODE + ")";
        }
        if (value == null || value.isBlank()) {
            return "empty value: give the value to set, or remove the key to keep the default";
        }
        return switch (key.toLowerCase(Locale.ROOT)) {
            case FOREIGN_KEY_CHECKS -> booleanProblem(value);
            case TIME_ZONE -> timeZoneProblem(value);
            case TIDB_TXN_MODE -> txnModeProblem(value);
            default -> value.contains(";") ? "a value cannot contain ';': give a single value" : null;
        };
    }

    static String booleanProblem(String value) {
        return List.of("0", "1", "ON", "OFF").contains(value.trim().toUpperCase(Locale.ROOT)) ? null
                : "use 0 or OFF (DM's default) or 1 or ON";
    }

    static String timeZoneProblem(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("SYSTEM") || v.matches("[+-]\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            ZoneId.of(v);
            return null;
        } catch (DateTimeException e) {
            return "use an offset such as +08:00, SYSTEM, or a zone id such as Asia/Shanghai (named zones need the "
                    + "downstream's time zone tables)";
        }
    }

    static String txnModeProblem(String value) {
        return List.of("optimistic", "pessimistic", "").contains(value.trim().toLowerCase(Locale.ROOT)) ? null
                : "use optimistic (DM's default) or pessimistic";
    }

    private static ConfigDef.Validator validator(java.util.function.Function<String, String> check, String shape) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String problem = value == null ? null : check.apply(value.toString());
                if (problem != null) {
                    throw new ConfigException(name, value, problem);
                }
            }

            @Override
            public String toString() {
                return shape;
            }
        };
    }
}
