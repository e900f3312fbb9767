package io.dmconnect.source.mysql;

import java.util.Map;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
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
    public static final String GROUP_START = "Start position";
    public static final String GROUP_HISTORY = "Schema history";
    public static final String GROUP_STREAMING = "Streaming";
    public static final String GROUP_SNAPSHOT = "Snapshot";

    public static final String HOSTNAME = "database.hostname";
    public static final String PORT = "database.port";
    public static final String USER = "database.user";
    public static final String PASSWORD = "database.password";
    public static final String SERVER_ID = "database.server.id";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String SOURCE_ID = "source.id";
    public static final String START_FILE = "binlog.start.file";
    public static final String START_POSITION = "binlog.start.position";
    public static final String START_GTID = "binlog.start.gtid";
    public static final String START_TIME = "binlog.start.time";
    public static final String HISTORY_BOOTSTRAP = "schema.history.kafka.bootstrap.servers";
    public static final String HISTORY_TOPIC = "schema.history.kafka.topic";
    public static final String HISTORY_REPLICATION = "schema.history.kafka.replication.factor";
    public static final String SKIP_POSITIONS = "schema.tracker.skip.positions";
    public static final String QUEUE_BYTES = "max.queue.size.in.bytes";
    public static final String BATCH_SIZE = "max.batch.size";
    public static final String HEARTBEAT_MS = "heartbeat.interval.ms";
    public static final String PRECHECK_IGNORE = "precheck.ignore.items";
    public static final String SNAPSHOT_MODE = "snapshot.mode";
    public static final String SNAPSHOT_LOCKING = "snapshot.locking.mode";
    public static final String SNAPSHOT_CHUNK_SIZE = "snapshot.chunk.size";
    public static final String SNAPSHOT_PROGRESS_MS = "snapshot.progress.interval.ms";
    public static final String SIGNAL_TOPIC = "signal.kafka.topic";
    public static final String TASK_INDEX = "task.index";
    public static final String TASK_COUNT = "task.count";

    /** Connect's own rule for topic names; the prefix is the first part of every topic name we create. */
    private static final String TOPIC_PREFIX_PATTERN = "[a-zA-Z0-9._-]+";

    public static final ConfigDef CONFIG_DEF = ConversionOptions.define(RulesConfig.define(new ConfigDef()
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
                    GROUP_TOPICS, 2, Width.MEDIUM, "Source id")
            .define(START_FILE, Type.STRING, "", Importance.MEDIUM,
                    "Binlog file to start from when the connector has no offset yet (DM's meta binlog-name), e.g. "
                            + "mysql-bin.000042; with binlog.start.position. Empty: the server's current position.",
                    GROUP_START, 1, Width.MEDIUM, "Start file")
            .define(START_POSITION, Type.LONG, 4L, ConfigDef.Range.atLeast(4L), Importance.MEDIUM,
                    "Position in binlog.start.file to start from (DM's meta binlog-pos).",
                    GROUP_START, 2, Width.SHORT, "Start position")
            .define(START_GTID, Type.STRING, "", Importance.MEDIUM,
                    "GTID set to start after when the connector has no offset yet (DM's meta binlog-gtid): "
                            + "MariaDB 0-1-42,1-2-7 or MySQL uuid:1-42. Takes precedence over binlog.start.file.",
                    GROUP_START, 3, Width.LONG, "Start GTID set")
            .define(START_TIME, Type.STRING, "", instantValidator(), Importance.MEDIUM,
                    "Start at the first transaction that began at or after this moment, when the connector has no "
                            + "offset yet (DM's --start-time), as ISO-8601 with an offset, e.g. 2026-11-21T10:00:00Z. "
                            + "The binlog files are searched by event time.",
                    GROUP_START, 4, Width.LONG, "Start time")
            .define(HISTORY_BOOTSTRAP, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH,
                    "Kafka bootstrap servers of the schema history topic (usually the Connect cluster's own Kafka).",
                    GROUP_HISTORY, 1, Width.LONG, "History bootstrap servers")
            .define(HISTORY_TOPIC, Type.STRING, "", Importance.MEDIUM,
                    "Compacted topic holding the tracked table schemas; empty means <topic.prefix>.schema-history. "
                            + "Created on first use.",
                    GROUP_HISTORY, 2, Width.LONG, "History topic")
            .define(HISTORY_REPLICATION, Type.SHORT, (short) -1, Importance.LOW,
                    "Replication factor of the history topic when the connector creates it; -1 is the broker's default.",
                    GROUP_HISTORY, 3, Width.SHORT, "History replication factor")
            .define(SKIP_POSITIONS, Type.LIST, "", Importance.LOW,
                    "DDL statements the schema tracker skips, as file:position of their transaction (the error of an "
                            + "unparseable DDL prints it). Only for statements that do not change a captured table.",
                    GROUP_HISTORY, 4, Width.LONG, "Skipped DDL positions")
            .define(QUEUE_BYTES, Type.LONG, 64L * 1024 * 1024, ConfigDef.Range.atLeast(1024L), Importance.LOW,
                    "Bytes of records the binlog reader may hold before poll() takes them: the source's memory bound.",
                    GROUP_STREAMING, 1, Width.SHORT, "Queue bytes")
            .define(BATCH_SIZE, Type.INT, 2048, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Most records one poll() returns.",
                    GROUP_STREAMING, 2, Width.SHORT, "Batch size")
            .define(HEARTBEAT_MS, Type.INT, 10_000, ConfigDef.Range.atLeast(1000), Importance.LOW,
                    "Interval of the binlog heartbeat the server sends on an idle connection, and of offset "
                            + "heartbeats that keep the committed position moving when no captured table changes.",
                    GROUP_STREAMING, 3, Width.SHORT, "Heartbeat interval")
            .define(PRECHECK_IGNORE, Type.LIST, "", Importance.LOW,
                    "Precheck items validate() does not run (DM's ignore-checking-items): binlog_enable, binlog_format, "
                            + "binlog_row_image, server_id, server_id_unique, log_bin_compress, replication_privilege, "
                            + "dump_privilege, gtid_mode.",
                    GROUP_CONNECTION, 6, Width.LONG, "Ignored precheck items")
            .define(SNAPSHOT_MODE, Type.STRING, "initial", enumValidator(SnapshotMode.class), Importance.HIGH,
                    "What to do with the rows the tables hold already (DM's task-mode). initial: snapshot them, then "
                            + "stream the binlog (DM all); initial_only: snapshot, then stop reading (DM full); "
                            + "no_data: stream only (DM incremental); when_needed: snapshot when there is no offset "
                            + "or the binlog file at the offset was purged, then stream. See docs/snapshot.md.",
                    GROUP_SNAPSHOT, 1, Width.SHORT, "Snapshot mode")
            .define(SNAPSHOT_LOCKING, Type.STRING, "none", enumValidator(LockingMode.class), Importance.MEDIUM,
                    "none: lock-free, every chunk is read in its own consistent-snapshot transaction at an exact "
                            + "binlog position, nothing is written upstream; global: each task takes FLUSH TABLES WITH "
                            + "READ LOCK briefly to open one consistent-snapshot transaction for all its chunks (DM's "
                            + "dump; needs the RELOAD privilege).",
                    GROUP_SNAPSHOT, 2, Width.SHORT, "Snapshot locking")
            .define(SNAPSHOT_CHUNK_SIZE, Type.INT, 8192, ConfigDef.Range.between(1, 10_000_000), Importance.MEDIUM,
                    "Rows per snapshot chunk: the unit of parallelism, progress and resumption (a chunk in flight "
                            + "when a task dies is read again).",
                    GROUP_SNAPSHOT, 3, Width.SHORT, "Chunk size")
            .define(SNAPSHOT_PROGRESS_MS, Type.LONG, 30_000L, ConfigDef.Range.atLeast(1000L), Importance.LOW,
                    "Interval of the snapshot progress lines in the task log.",
                    GROUP_SNAPSHOT, 4, Width.SHORT, "Progress log interval")
            .define(SIGNAL_TOPIC, Type.STRING, "", topicNameValidator(), Importance.MEDIUM,
                    "Kafka topic (on schema.history.kafka.bootstrap.servers, one partition, created when missing) "
                            + "that task 0 reads signals from while it streams: {\"type\":\"execute-snapshot\","
                            + "\"data\":{\"data-collections\":[\"db.t\"]}} snapshots tables added to the include list, "
                            + "chunk by chunk, while streaming goes on. Empty means <topic.prefix>.signals. See "
                            + "docs/snapshot.md.",
                    GROUP_SNAPSHOT, 5, Width.LONG, "Signal topic")
            .define(TASK_INDEX, Type.INT, 0, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Set by the connector for each task, do not set it: this task's index (task 0 reads the binlog).",
                    GROUP_SNAPSHOT, 6, Width.SHORT, "Task index")
            .define(TASK_COUNT, Type.INT, 1, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Set by the connector for each task, do not set it: how many tasks share the snapshot's chunks.",
                    GROUP_SNAPSHOT, 7, Width.SHORT, "Task count"), RuleSide.SOURCE));

    /** snapshot.mode values. */
    public enum SnapshotMode {
        INITIAL, INITIAL_ONLY, NO_DATA, WHEN_NEEDED;

        /** Whether this mode can ever read table rows. */
        public boolean maySnapshot() {
            return this != NO_DATA;
        }
    }

    /** snapshot.locking.mode values. */
    public enum LockingMode {
        NONE, GLOBAL
    }

    public MySqlSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    public String hostname() {
        return getString(HOSTNAME);
    }

    public int port() {
        return getInt(PORT);
    }

    public String user() {
        return getString(USER);
    }

    public String password() {
        return getPassword(PASSWORD).value();
    }

    public long serverId() {
        return getLong(SERVER_ID);
    }

    public String historyTopic() {
        String topic = getString(HISTORY_TOPIC);
        return topic.isBlank() ? topicPrefix() + ".schema-history" : topic;
    }

    public String topicPrefix() {
        return getString(TOPIC_PREFIX);
    }

    /** source.id, defaulting to topic.prefix as the architecture brief says. */
    public String sourceId() {
        String id = getString(SOURCE_ID);
        return id.isBlank() ? topicPrefix() : id;
    }

    /** signal.kafka.topic, defaulting to {@code <topic.prefix>.signals}. */
    public String signalTopic() {
        String topic = getString(SIGNAL_TOPIC);
        return topic.isBlank() ? topicPrefix() + ".signals" : topic.trim();
    }

    public SnapshotMode snapshotMode() {
        return SnapshotMode.valueOf(getString(SNAPSHOT_MODE).trim().toUpperCase(java.util.Locale.ROOT));
    }

    public LockingMode lockingMode() {
        return LockingMode.valueOf(getString(SNAPSHOT_LOCKING).trim().toUpperCase(java.util.Locale.ROOT));
    }

    public int taskIndex() {
        return getInt(TASK_INDEX);
    }

    public int taskCount() {
        return getInt(TASK_COUNT);
    }

    private static <E extends Enum<E>> ConfigDef.Validator enumValidator(Class<E> type) {
        java.util.List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (!(value instanceof String s) || !names.contains(s.trim().toLowerCase(java.util.Locale.ROOT))) {
                    throw new ConfigException(name, value, "use one of " + String.join(", ", names));
                }
            }

            @Override
            public String toString() {
                return String.join(", ", names);
            }
        };
    }

    private static ConfigDef.Validator instantValidator() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value instanceof String s && !s.isBlank()) {
                    try {
                        java.time.OffsetDateTime.parse(s.trim());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new ConfigException(name, value, "write an ISO-8601 time with an offset, e.g. 2026-11-21T10:00:00Z");
                    }
                }
            }

            @Override
            public String toString() {
                return "ISO-8601 time with offset";
            }
        };
    }

    private static ConfigDef.Validator topicNameValidator() {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                if (value instanceof String s && !s.isBlank() && !s.trim().matches(TOPIC_PREFIX_PATTERN)) {
                    throw new ConfigException(name, value, "a topic name: use only letters, digits, '.', '_' and '-'");
                }
            }

            @Override
            public String toString() {
                return "empty, or a topic name (letters, digits, '.', '_', '-')";
            }
        };
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
