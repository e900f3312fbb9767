package io.dmconnect.source.mysql.stream;

import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.MySqlSourceConfig;
import io.dmconnect.source.mysql.adhoc.AdhocEmitter;
import io.dmconnect.source.mysql.adhoc.AdhocSnapshots;
import io.dmconnect.source.mysql.adhoc.AdhocState;
import io.dmconnect.source.mysql.binlog.BinlogEventProcessor;
import io.dmconnect.source.mysql.binlog.BinlogReader;
import io.dmconnect.source.mysql.binlog.EmitContext;
import io.dmconnect.source.mysql.binlog.RowSkip;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import io.dmconnect.source.mysql.convert.RowConverter;
import io.dmconnect.source.mysql.emit.DdlRecords;
import io.dmconnect.source.mysql.emit.RecordNames;
import io.dmconnect.source.mysql.emit.RowConverterEncoder;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.emit.TableRecords;
import io.dmconnect.source.mysql.emit.TopicNamer;
import io.dmconnect.source.mysql.emit.TopicPartitionCounts;
import io.dmconnect.source.mysql.metrics.SourceMetrics;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.position.SourcePartitions;
import io.dmconnect.source.mysql.queue.ChangeEventQueue;
import io.dmconnect.source.mysql.schema.CatalogSchemaTracker;
import io.dmconnect.source.mysql.schema.KafkaSchemaHistory;
import io.dmconnect.source.mysql.schema.SchemaBootstrap;
import io.dmconnect.source.mysql.schema.SchemaHistory;
import io.dmconnect.source.mysql.schema.SchemaVersion;
import io.dmconnect.source.mysql.server.ServerConnection;
import io.dmconnect.source.mysql.server.ServerFlavors;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Binlog streaming of one server, wired together: schemas (recovered from the history, or read from the server),
 * the start point, the binlog reader on its own thread, and the handover queue that {@link #poll} drains.
 */
public final class StreamingSource implements SourceRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StreamingSource.class);
    private final ChangeEventQueue<SourceRecord> queue;
    private final SchemaHistory history;
    private final BinlogReader reader;
    private final BinlogEventProcessor processor;
    private final int batchSize;
    private final Heartbeats heartbeats;
    private final TopicPartitionCounts partitions;
    private final SourceMetrics metrics;
    private final AdhocSnapshots adhoc;
    /** CREATE TABLE records of a first start, published before anything else (then forgotten). */
    private List<SourceRecord> bootstrapRecords = List.of();

    private StreamingSource(ChangeEventQueue<SourceRecord> queue, SchemaHistory history, BinlogReader reader,
                            BinlogEventProcessor processor, int batchSize, Heartbeats heartbeats,
                            TopicPartitionCounts partitions, SourceMetrics metrics, AdhocSnapshots adhoc) {
        this.queue = queue;
        this.history = history;
        this.reader = reader;
        this.processor = processor;
        this.batchSize = batchSize;
        this.heartbeats = heartbeats;
        this.partitions = partitions;
        this.metrics = metrics;
        this.adhoc = adhoc;
    }

    /** Starts streaming from {@code committed} (null: the connector's first start). */
    public static StreamingSource start(MySqlSourceConfig config, Rules rules, BinlogPosition committed) {
        return start(config, rules, committed, RowSkip.NONE, AdhocState.NONE);
    }

    /**
     * The schemas of a first start (or of a fresh snapshot), read from the server and recorded in the history at
     * the position they were read at; with the CREATE TABLE records that publish them.
     */
    public record Bootstrapped(BinlogPosition position, SchemaCatalog catalog, List<SourceRecord> records) {
    }

    /** Reads and records the captured tables' schemas now (a fresh snapshot's first step); streams nothing. */
    public static Bootstrapped bootstrap(MySqlSourceConfig config, Rules rules) {
        try (SchemaHistory history = history(config);
             ServerConnection server = ServerConnection.open(config.hostname(), config.port(), config.user(), config.password())) {
            boolean mariaDb = server.isMariaDb();
            ServerFlavor flavor = ServerFlavors.of(server, mariaDb);
            SchemaBootstrap.Result boot = SchemaBootstrap.read(server, rules.blockAllow(), flavor, mariaDb);
            CatalogSchemaTracker tracker = tracker(boot.catalog(), history.load(), history, config, flavor);
            tracker.recordBootstrap(boot.position());
            return new Bootstrapped(boot.position(), boot.catalog(), BootstrapRecords.of(config, boot, boot.position()));
        }
    }

    /**
     * Starts streaming from {@code committed}, skipping the row changes {@code skip} says a snapshot holds, with
     * the ad-hoc snapshot state of the committed offset.
     */
    public static StreamingSource start(MySqlSourceConfig config, Rules rules, BinlogPosition committed, RowSkip skip,
                                        AdhocState adhocState) {
        SchemaHistory history = history(config);
        try (ServerConnection server = ServerConnection.open(config.hostname(), config.port(), config.user(), config.password())) {
            boolean mariaDb = server.isMariaDb();
            ServerFlavor flavor = ServerFlavors.of(server, mariaDb);
            Map<TableId, List<SchemaVersion>> versions = history.load();
            List<SourceRecord> bootstrapRecords = List.of();
            CatalogSchemaTracker tracker;
            StartPoint start;
            if (versions.isEmpty()) {
                if (committed != null) {
                    throw new ConnectException("the connector has an offset (" + committed + ") but the schema history "
                            + config.historyTopic() + " holds nothing for source " + config.sourceId() + ": the schemas at "
                            + "the offset are unknown. Delete the connector's offsets to start afresh, or restore the topic.");
                }
                SchemaBootstrap.Result boot = SchemaBootstrap.read(server, rules.blockAllow(), flavor, mariaDb);
                start = StartPoint.choose(null, config, boot.position(),
                        time -> new StartTimeLocator(server, settings(config)).locate(time));
                tracker = tracker(boot.catalog(), Map.of(), history, config, flavor);
                tracker.recordBootstrap(start.position());
                bootstrapRecords = BootstrapRecords.of(config, boot, start.position());
            } else {
                start = StartPoint.choose(committed, config, null,
                        time -> new StartTimeLocator(server, settings(config)).locate(time));
                if (start.position() == null) {
                    throw new ConnectException("the schema history has entries for source " + config.sourceId()
                            + " but the connector has no offset and no binlog.start.*: set one, or delete the history");
                }
                SchemaCatalog recovered = withTables(SchemaBootstrap.databasesOnly(server), SchemaHistory.asOf(versions, start.position()));
                SchemaBootstrap.Result added = SchemaBootstrap.added(server, rules.blockAllow(), flavor, recovered, start.position());
                tracker = tracker(added.catalog(), versions, history, config, flavor);
                tracker.recordBootstrap(start.position(), added.createStatements().keySet());
                bootstrapRecords = BootstrapRecords.of(config, added, start.position());
                if (!added.createStatements().isEmpty()) {
                    LOG.info("source {}: {} captured now but not before: their schemas are read from the server and "
                            + "published; send an execute-snapshot signal to {} to copy their rows (docs/snapshot.md)",
                            config.sourceId(), added.createStatements().keySet(), config.signalTopic());
                }
            }
            start.requireAvailable(server);
            StreamingSource source = wire(config, rules, history, tracker, start, mariaDb, skip, adhocState);
            source.bootstrapRecords = bootstrapRecords.stream()
                    .map(r -> AdhocSnapshots.withState(r, adhocState.toOffset())).toList();
            return source;
        } catch (RuntimeException e) {
            history.close();
            throw e;
        }
    }

    private static SchemaHistory history(MySqlSourceConfig config) {
        return new KafkaSchemaHistory(config.getString(MySqlSourceConfig.HISTORY_BOOTSTRAP),
                config.historyTopic(), config.sourceId(), config.getShort(MySqlSourceConfig.HISTORY_REPLICATION));
    }

    private static CatalogSchemaTracker tracker(SchemaCatalog catalog, Map<TableId, List<SchemaVersion>> versions,
                                                SchemaHistory history, MySqlSourceConfig config, ServerFlavor flavor) {
        return new CatalogSchemaTracker(catalog, versions, history, flavor,
                new HashSet<>(config.getList(MySqlSourceConfig.SKIP_POSITIONS)));
    }

    private static SchemaCatalog withTables(SchemaCatalog catalog, Map<TableId, TableSchema> tables) {
        SchemaCatalog result = catalog;
        for (TableSchema t : tables.values()) {
            result = result.withTable(t);
        }
        return result;
    }

    private static StreamingSource wire(MySqlSourceConfig config, Rules rules, SchemaHistory history,
                                        CatalogSchemaTracker tracker, StartPoint start, boolean mariaDb, RowSkip skip,
                                        AdhocState adhocState) {
        ChangeEventQueue<SourceRecord> queue = new ChangeEventQueue<>(config.getLong(MySqlSourceConfig.QUEUE_BYTES));
        TopicNamer topics = new TopicNamer(config.topicPrefix());
        ConversionOptions options = ConversionOptions.parse(config.originalsStrings());
        Map<String, String> partition = SourcePartitions.of(config.sourceId());
        TopicPartitionCounts partitions = new TopicPartitionCounts(config.getString(MySqlSourceConfig.HISTORY_BOOTSTRAP));
        EmitContext.Output toQueue = record -> queue.put(record, RecordSizes.estimate(record));
        AdhocSnapshots adhoc = new AdhocSnapshots(config, rules, adhocState, start.position(), queue::fail);
        EmitContext context = new EmitContext(partition, rules, tracker,
                new SourceStructs(config.topicPrefix(), config.sourceId()), new DdlRecords(topics, partitions),
                schema -> tableRecords(config, topics, options, schema), adhoc.withOffsetState(toQueue))
                .withRowSkip(skip).withGate(adhoc);
        BinlogEventProcessor processor = new BinlogEventProcessor(start.position(), mariaDb, context, queue::fail, adhoc);
        // DM's trick: the rows of blocked tables are not even decoded
        EventDeserializer deserializer = BinlogDeserializers.configure(new EventDeserializer(),
                table -> rules.blockAllow().decide(table).captured());
        BinlogReader reader = new BinlogReader(settings(config), start.position(), start.gtids(), deserializer,
                processor, queue::fail);
        reader.start(60_000);
        adhoc.start(new AdhocEmitter(context, toQueue, config.topicPrefix() + ".heartbeat", config.sourceId()),
                processor::committedPosition);
        Heartbeats heartbeats = new Heartbeats(config.topicPrefix(), partition, config.getInt(MySqlSourceConfig.HEARTBEAT_MS));
        SourceMetrics metrics = new SourceMetrics(config.sourceId(), processor::committedPosition, processor::lastEventTsMs,
                queue::bytes, queue::size, () -> tracker.catalog().tables().size());
        return new StreamingSource(queue, history, reader, processor, config.getInt(MySqlSourceConfig.BATCH_SIZE),
                heartbeats, partitions, metrics, adhoc);
    }

    private static BinlogReader.Settings settings(MySqlSourceConfig config) {
        return new BinlogReader.Settings(config.hostname(), config.port(), config.user(), config.password(),
                config.serverId(), config.getInt(MySqlSourceConfig.HEARTBEAT_MS), 30_000);
    }

    /** The record factory of a table: the one the binlog rows of the table use, so snapshot rows are identical. */
    public static TableRecords tableRecords(MySqlSourceConfig config, TableSchema schema) {
        return tableRecords(config, new TopicNamer(config.topicPrefix()), ConversionOptions.parse(config.originalsStrings()), schema);
    }

    private static TableRecords tableRecords(MySqlSourceConfig config, TopicNamer topics, ConversionOptions options, TableSchema schema) {
        RecordNames names = RecordNames.of(config.topicPrefix(), schema.id());
        return new TableRecords(schema, topics.topic(schema.id()), names.envelope(),
                new RowConverterEncoder(new RowConverter(schema, names.value(), names.key(), options)));
    }

    /** Records handed over by the binlog thread; a heartbeat when nothing came for a while; the reader's failure. */
    public List<SourceRecord> poll() throws InterruptedException {
        // read before draining: every record of a transaction committed by then is already in the queue, so a
        // heartbeat at this position can never overtake (and commit past) a record still to be returned
        if (!bootstrapRecords.isEmpty()) {
            List<SourceRecord> first = bootstrapRecords;
            bootstrapRecords = List.of();
            return first;
        }
        BinlogPosition committed = processor.committedPosition();
        Map<String, Object> adhocOffset = adhoc.offsetState(); // the state at that position (see AdhocSnapshots)
        List<SourceRecord> records = queue.poll(batchSize, Duration.ofMillis(500));
        if (records.isEmpty()) {
            return heartbeats.maybe(committed).stream().map(r -> AdhocSnapshots.withState(r, adhocOffset)).toList();
        }
        heartbeats.sawRecords();
        metrics.recorded(records.size());
        return records;
    }

    @Override
    public void close() {
        queue.close(); // first: a thread blocked handing over records returns (the task is stopping)
        adhoc.close();
        reader.close();
        history.close();
        partitions.close();
        metrics.close();
    }
}
