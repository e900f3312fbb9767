package io.dmconnect.common.record;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * How column values are represented in records. Every default is lossless; {@link #DEFAULTS} is what a connector
 * without these keys uses.
 *
 * @param temporalMode         DATE/DATETIME/TIME as Debezium's numeric logical types or as MySQL literal strings
 * @param decimalMode          DECIMAL as Connect Decimal, FLOAT64 (lossy) or plain string
 * @param bigintUnsignedMode   BIGINT UNSIGNED as Decimal(20,0) or as INT64 (values above 2^63-1 wrap to negative)
 * @param timestampZone        offset in which TIMESTAMP values are rendered; the instant is the same in any zone
 * @param propagateSourceType  add the column's source type as schema parameters
 */
public record ConversionOptions(TemporalMode temporalMode, DecimalMode decimalMode,
                                BigintUnsignedMode bigintUnsignedMode, ZoneId timestampZone,
                                boolean propagateSourceType) {

    public static final String TEMPORAL_MODE = "temporal.mode";
    public static final String DECIMAL_MODE = "decimal.mode";
    public static final String BIGINT_UNSIGNED_MODE = "bigint.unsigned.mode";
    public static final String TIMESTAMP_ZONE = "timestamp.zone";
    public static final String PROPAGATE_SOURCE_TYPE = "propagate.source.type";
    public static final String GROUP = "Data types";

    public static final ConversionOptions DEFAULTS =
            new ConversionOptions(TemporalMode.DEBEZIUM, DecimalMode.PRECISE, BigintUnsignedMode.PRECISE,
                    ZoneOffset.UTC, false);

    /** temporal.mode values. */
    public enum TemporalMode { DEBEZIUM, STRING }

    /** decimal.mode values. */
    public enum DecimalMode { PRECISE, DOUBLE, STRING }

    /** bigint.unsigned.mode values. */
    public enum BigintUnsignedMode { PRECISE, LONG }

    public ConversionOptions {
        Objects.requireNonNull(temporalMode, "temporalMode");
        Objects.requireNonNull(decimalMode, "decimalMode");
        Objects.requireNonNull(bigintUnsignedMode, "bigintUnsignedMode");
        Objects.requireNonNull(timestampZone, "timestampZone");
    }

    public ConversionOptions withTemporalMode(TemporalMode mode) {
        return new ConversionOptions(mode, decimalMode, bigintUnsignedMode, timestampZone, propagateSourceType);
    }

    public ConversionOptions withDecimalMode(DecimalMode mode) {
        return new ConversionOptions(temporalMode, mode, bigintUnsignedMode, timestampZone, propagateSourceType);
    }

    public ConversionOptions withBigintUnsignedMode(BigintUnsignedMode mode) {
        return new ConversionOptions(temporalMode, decimalMode, mode, timestampZone, propagateSourceType);
    }

    public ConversionOptions withTimestampZone(ZoneId zone) {
        return new ConversionOptions(temporalMode, decimalMode, bigintUnsignedMode, zone, propagateSourceType);
    }

    public ConversionOptions withPropagateSourceType(boolean propagate) {
        return new ConversionOptions(temporalMode, decimalMode, bigintUnsignedMode, timestampZone, propagate);
    }

    /** Declares the keys, in group {@value #GROUP}, for the docs generator and Connect's validation. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(TEMPORAL_MODE, Type.STRING, "debezium", choice(TemporalMode.values()), Importance.MEDIUM,
                        "How DATE, DATETIME and TIME columns are represented. 'debezium': io.debezium.time.Date "
                                + "(INT32 days), MicroTimestamp and MicroTime (INT64 microseconds); zero and invalid "
                                + "dates ('0000-00-00', '2020-00-15', '2020-02-31') become documented sentinel values "
                                + "far outside MySQL's range, which the dm-connect sink writes back exactly. "
                                + "'string': MySQL's own literal text ('2020-00-15', '-838:59:59.000000'), readable "
                                + "by any consumer. Both are lossless. TIMESTAMP and YEAR are the same in both modes.",
                        GROUP, 1, Width.SHORT, "Temporal representation")
                .define(DECIMAL_MODE, Type.STRING, "precise", choice(DecimalMode.values()), Importance.MEDIUM,
                        "How DECIMAL columns are represented. 'precise': Connect Decimal (lossless). 'string': the "
                                + "plain decimal text (lossless). 'double': FLOAT64, which loses digits beyond about "
                                + "15 significant ones.",
                        GROUP, 2, Width.SHORT, "DECIMAL representation")
                .define(BIGINT_UNSIGNED_MODE, Type.STRING, "precise", choice(BigintUnsignedMode.values()),
                        Importance.MEDIUM,
                        "How BIGINT UNSIGNED columns are represented. 'precise': Connect Decimal with scale 0 "
                                + "(lossless up to 18446744073709551615). 'long': INT64; values above "
                                + "9223372036854775807 appear as negative numbers (the same 64 bits, read as signed).",
                        GROUP, 3, Width.SHORT, "BIGINT UNSIGNED representation")
                .define(TIMESTAMP_ZONE, Type.STRING, "UTC", zoneValidator(), Importance.LOW,
                        "Time zone whose offset TIMESTAMP values (io.debezium.time.ZonedTimestamp) are written "
                                + "with, e.g. UTC, +08:00 or Asia/Shanghai. The binlog stores TIMESTAMP as a UTC "
                                + "instant, so the value names the same instant in any zone; neither the server's "
                                + "nor the session's time_zone changes it.",
                        GROUP, 4, Width.MEDIUM, "TIMESTAMP zone")
                .define(PROPAGATE_SOURCE_TYPE, Type.BOOLEAN, false, Importance.LOW,
                        "Add the column's source type to every field schema as parameters __dm.column.type and "
                                + "Debezium's __debezium.source.column.type/length/scale, so that consumers such "
                                + "as Debezium's JDBC sink can create matching column types.",
                        GROUP, 5, Width.SHORT, "Propagate source types");
    }

    /**
     * Reads the keys from connector properties (absent keys take their defaults). Collects every bad value and
     * throws {@link InvalidConfigException} with one problem per key.
     */
    public static ConversionOptions parse(Map<String, String> props) {
        List<ConfigProblem> problems = new ArrayList<>();
        TemporalMode temporal = enumValue(props, TEMPORAL_MODE, TemporalMode.values(), DEFAULTS.temporalMode, problems);
        DecimalMode decimal = enumValue(props, DECIMAL_MODE, DecimalMode.values(), DEFAULTS.decimalMode, problems);
        BigintUnsignedMode bigint = enumValue(props, BIGINT_UNSIGNED_MODE, BigintUnsignedMode.values(),
                DEFAULTS.bigintUnsignedMode, problems);
        ZoneId zone = zone(props.get(TIMESTAMP_ZONE), problems);
        boolean propagate = bool(props.get(PROPAGATE_SOURCE_TYPE), problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new ConversionOptions(temporal, decimal, bigint, zone, propagate);
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> props, String key, E[] values, E fallback,
                                                   List<ConfigProblem> problems) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        problems.add(new ConfigProblem(key, "'" + raw + "' is not a valid value; use one of " + names(values)));
        return fallback;
    }

    private static ZoneId zone(String raw, List<ConfigProblem> problems) {
        if (raw == null) {
            return DEFAULTS.timestampZone;
        }
        try {
            return ZoneId.of(raw.trim()).normalized(); // UTC and +00:00 both become ZoneOffset.UTC
        } catch (DateTimeException e) {
            problems.add(new ConfigProblem(TIMESTAMP_ZONE, "'" + raw + "' is not a time zone; use a region such as "
                    + "Asia/Shanghai, an offset such as +08:00, or UTC"));
            return DEFAULTS.timestampZone;
        }
    }

    private static boolean bool(String raw, List<ConfigProblem> problems) {
        if (raw == null) {
            return DEFAULTS.propagateSourceType;
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new ConfigProblem(PROPAGATE_SOURCE_TYPE, "'" + raw + "' is not a boolean; use true or false"));
            return DEFAULTS.propagateSourceType;
        }
        return value.equals("true");
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static ConfigDef.Validator choice(Enum<?>[] values) {
        String[] names = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return ConfigDef.CaseInsensitiveValidString.in(names);
    }

    private static ConfigDef.Validator zoneValidator() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                List<ConfigProblem> problems = new ArrayList<>();
                zone(value == null ? null : value.toString(), problems);
                if (!problems.isEmpty()) {
                    throw new org.apache.kafka.common.config.ConfigException(name, value, problems.get(0).message());
                }
            }

            @Override
            public String toString() {
                return "a time zone id (UTC, +08:00, Asia/Shanghai)";
            }
        };
    }
}
