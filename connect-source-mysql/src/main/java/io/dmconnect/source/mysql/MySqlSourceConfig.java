package io.dmconnect.source.mysql;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of {@link MySqlSourceConnector}. Each key is declared once, here, with its doc, default,
 * validator and group; docs/reference/source-mysql.md is generated from {@link #CONFIG_DEF}.
 */
public final class MySqlSourceConfig extends AbstractConfig {
    public static final String GROUP_CONNECTION = "Connection";
    public static final String GROUP_TOPICS = "Topics";

    public static final String HOSTNAME = "database.hostname";
    public static final String PORT = "database.port";
    public static final String USER = "database.user";
    public static final String PASSWORD = "database.password";
    public static final String SERVER_ID = "database.server.id";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String SOURCE_ID = "source.id";

    /** Connect's own rule for topic names; the prefix is the first part of every topic name we create. */
    private static final String TOPIC_PREFIX_PATTERN = "[a-zA-Z0-9._-]+";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(HOSTNAME, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Host name or IP address of the upstream MySQL or MariaDB server.",
                    GROUP_CONNECTION, 1, Width.LONG, "Hostname")
            .define(PORT, Type.INT, 3306, ConfigDef.Range.between(1, 65535), Importance.HIGH,
                    "TCP port of the upstream server.",
                    GROUP_CONNECTION, 2, Width.SHORT, "Port")
            .define(USER, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Account used to read the server. It needs DM's privileges: SELECT, RELOAD, LOCK TABLES, "
                            + "REPLICATION SLAVE and REPLICATION CLIENT.",
                    GROUP_CONNECTION, 3, Width.MEDIUM, "User")
            .define(PASSWORD, Type.PASSWORD, "", Importance.HIGH,
                    "Password of database.user.",
                    GROUP_CONNECTION, 4, Width.MEDIUM, "Password")
            .define(SERVER_ID, Type.LONG, ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Range.between(1L, 4294967295L),
                    Importance.HIGH,
                    "Server id the connector uses as a replica when it reads the binlog. It must differ from the "
                            + "server_id of the upstream and of every other replica of it.",
                    GROUP_CONNECTION, 5, Width.SHORT, "Replica server id")
            .define(TOPIC_PREFIX, Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), topicPrefixValidator()),
                    Importance.HIGH,
                    "Prefix of every topic the connector writes: one topic per upstream table, named "
                            + "<topic.prefix>.<database>.<table>. Letters, digits, '.', '_' and '-' only.",
                    GROUP_TOPICS, 1, Width.MEDIUM, "Topic prefix")
            .define(SOURCE_ID, Type.STRING, "", Importance.MEDIUM,
                    "DM's source-id: names this upstream in records, offsets and shard-DDL locks. Empty means the "
                            + "value of topic.prefix.",
                    GROUP_TOPICS, 2, Width.MEDIUM, "Source id");

    public MySqlSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String hostname() {
        return getString(HOSTNAME);
    }

    public int port() {
        return getInt(PORT);
    }

    public String topicPrefix() {
        return getString(TOPIC_PREFIX);
    }

    /** source.id, defaulting to topic.prefix as the architecture brief says. */
    public String sourceId() {
        String id = getString(SOURCE_ID);
        return id.isBlank() ? topicPrefix() : id;
    }

    private static ConfigDef.Validator topicPrefixValidator() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value instanceof String s && !s.matches(TOPIC_PREFIX_PATTERN)) {
                    throw new ConfigException(name, value, "use only letters, digits, '.', '_' and '-'");
                }
            }

            @Override
            public String toString() {
                return "letters, digits, '.', '_', '-'";
            }
        };
    }
}
