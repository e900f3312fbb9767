package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.config.InvalidConfigException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The DDL-replay key: {@code ddl.collation.compatible} (DM's {@code collation_compatible}). */
public final class DdlReplayConfig {
    public static final String COLLATION_COMPATIBLE = "ddl.collation.compatible";
    public static final String GROUP = "DDL replay";

    private DdlReplayConfig() {
    }

    /** Declares the key. */
    public static ConfigDef define(ConfigDef def) {
        return def.define(COLLATION_COMPATIBLE, Type.STRING, CollationMode.LOOSE.configValue(), VALIDATOR,
                Importance.MEDIUM, "How CREATE DATABASE / CREATE TABLE (and ADD COLUMN) are replayed when they name "
                        + "a character set without a collation, or no character set at all (DM's "
                        + "collation_compatible). loose: as written, so the downstream picks its default collation "
                        + "(TiDB's default for utf8mb4 is utf8mb4_bin, MySQL 8.0's utf8mb4_0900_ai_ci). strict: the "
                        + "upstream's default collation of that character set is written out, and a CREATE DATABASE "
                        + "without one gets the upstream's collation_server.",
                GROUP, 1, Width.SHORT, "Collation compatibility");
    }

    /**
     * The collation mode from connector properties.
     *
     * @throws InvalidConfigException when the value is neither loose nor strict
     */
    public static CollationMode parse(Map<String, String> props) {
        String raw = props.get(COLLATION_COMPATIBLE);
        if (raw == null) {
            return CollationMode.LOOSE;
        }
        return CollationMode.parse(raw).orElseThrow(() -> new InvalidConfigException(COLLATION_COMPATIBLE,
                problem(raw)));
    }

    private static String problem(Object value) {
        return "'" + value + "' is not a collation mode: use loose (DM's default, DDL as written) or strict "
                + "(write out implicit collations)";
    }

    private static final ConfigDef.Validator VALIDATOR = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && CollationMode.parse(value.toString()).isEmpty()) {
                throw new ConfigException(name, value, problem(value));
            }
        }

        @Override
        public String toString() {
            return "[loose, strict]";
        }
    };
}
