package io.dmconnect.sink.tidb;

import java.util.Map;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.sink.tidb.ddl.DdlReplaceConfig;
import io.dmconnect.sink.tidb.ddl.DdlReplayConfig;
import io.dmconnect.sink.tidb.dml.DmlConfig;
import io.dmconnect.sink.tidb.session.SessionConfig;
import io.dmconnect.common.rules.RulesConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of {@link TiDbSinkConnector}. Each key is declared once, here, with its doc, default, validator
 * and group; docs/reference/sink-tidb.md is generated from {@link #CONFIG_DEF}. {@code topics} and
 * {@code topics.regex} are Connect's own keys.
 */
public final class TiDbSinkConfig extends AbstractConfig {
    public static final String GROUP_CONNECTION = "Connection";
    public static final String GROUP_CHECKPOINT = "Checkpoint";
    public static final String GROUP_APPLY = "Apply";
    public static final String GROUP_DDL = "DDL";

    public static final String URL = "connection.url";
    public static final String USERNAME = "connection.username";
    public static final String PASSWORD = "connection.password";
    public static final String META_SCHEMA = "meta.schema";
    public static final String SAFE_MODE = "safe.mode";
    public static final String SAFE_MODE_DURATION = "safe.mode.duration";
    public static final String DDL_SKIP = "ddl.skip.statements";

    /** TiDB speaks the MySQL protocol; both drivers' URL forms are accepted. */
    private static final String URL_PATTERN = "jdbc:(mysql|mariadb)://[^/?]+(/[^?]*)?(\\?.*)?";
    private static final String IDENTIFIER_PATTERN = "[A-Za-z0-9_$]{1,64}";

    public static final ConfigDef CONFIG_DEF = DdlReplaceConfig.define(SessionConfig.define(DdlReplayConfig.define(DmlConfig.define(RulesConfig.define(new ConfigDef()
            .define(URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(),
                            pattern(URL_PATTERN, "use jdbc:mysql://host:port/ (TiDB's default port is 4000)")),
                    Importance.HIGH,
                    "JDBC URL of the downstream TiDB (or MySQL/MariaDB), e.g. jdbc:mysql://tidb:4000/.",
                    GROUP_CONNECTION, 1, Width.LONG, "JDBC URL")
            .define(USERNAME, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Downstream account. It needs DM's target privileges: CREATE, SELECT, INSERT, UPDATE, DELETE, "
                            + "ALTER, DROP and INDEX.",
                    GROUP_CONNECTION, 2, Width.MEDIUM, "User")
            .define(PASSWORD, Type.PASSWORD, "", Importance.HIGH,
                    "Password of connection.username.",
                    GROUP_CONNECTION, 3, Width.MEDIUM, "Password")
            .define(META_SCHEMA, Type.STRING, "dm_meta",
                    pattern(IDENTIFIER_PATTERN, "use 1 to 64 letters, digits, '_' or '$'"), Importance.MEDIUM,
                    "Downstream schema that holds the sink's checkpoint tables (DM's meta-schema).",
                    GROUP_CHECKPOINT, 1, Width.MEDIUM, "Checkpoint schema")
            .define(SAFE_MODE, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Always write idempotently (DM's safe mode): INSERT becomes REPLACE, an UPDATE becomes DELETE + "
                            + "REPLACE. When false, safe mode is still on for safe.mode.duration after every start and "
                            + "until the stream passes the point the last abnormal stop reached.",
                    GROUP_APPLY, 1, Width.SHORT, "Safe mode")
            .define(SAFE_MODE_DURATION, Type.LONG, 60_000L, ConfigDef.Range.atLeast(0L), Importance.LOW,
                    "Milliseconds of safe mode after every start (DM: 60s).",
                    GROUP_APPLY, 2, Width.SHORT, "Safe mode duration")
            .define(DDL_SKIP, Type.LIST, "", Importance.LOW,
                    "Regular expressions (case-insensitive) of upstream DDL statements the sink does not replay, e.g. "
                            + "a DDL TiDB cannot run: the way out the error of an unsupported DDL names.",
                    GROUP_DDL, 2, Width.LONG, "Skipped DDL"), RuleSide.SINK)))));

    /** The declared keys plus every per-name key for the placeholder {@code <name>}: what the reference shows. */
    public static ConfigDef documented() {
        return DdlReplaceConfig.defineRule(RulesConfig.documented(CONFIG_DEF, RuleSide.SINK), "<name>");
    }

    public TiDbSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String url() {
        return getString(URL);
    }

    public String username() {
        return getString(USERNAME);
    }

    public String password() {
        return getPassword(PASSWORD).value();
    }

    public String metaSchema() {
        return getString(META_SCHEMA);
    }

    private static ConfigDef.Validator pattern(String regex, String advice) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value instanceof String s && !s.matches(regex)) {
                    throw new ConfigException(name, value, advice);
                }
            }

            @Override
            public String toString() {
                return "matches " + regex;
            }
        };
    }
}
