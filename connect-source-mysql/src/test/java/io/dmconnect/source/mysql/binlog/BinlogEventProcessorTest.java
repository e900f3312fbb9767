package io.dmconnect.source.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.XidEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import io.dmconnect.source.mysql.convert.CapturedQueryEvents;
import io.dmconnect.source.mysql.convert.UndecodedRows;
import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.emit.DdlRecords;
import io.dmconnect.source.mysql.emit.RowEncoder;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.emit.TableRecords;
import io.dmconnect.source.mysql.emit.TopicNamer;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.schema.AppliedDdl;
import io.dmconnect.source.mysql.schema.SchemaTracker;
import io.dmconnect.source.mysql.schema.StatementOutcome;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The processor on synthetic events: offsets, restart skipping, rules, DDL records, failures. */
class BinlogEventProcessorTest {
    private static final TableId ORDERS = new TableId("shop", "orders");
    private static final TableId LOGS = new TableId("tmp", "logs");
    private static final TableSchema SCHEMA = TableSchema.of(ORDERS, List.of(ColumnDef.of("id", "int")),
            List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id"))));

    private final List<SourceRecord> out = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private final List<SqlMode> modes = new ArrayList<>();
    private StatementOutcome nextOutcome = new StatementOutcome.Skipped("none");
    private long pos = 4;

    /** One INT column; key = value. */
    private static final class IntEncoder implements RowEncoder {
        private final Schema schema = SchemaBuilder.struct().name("v").optional().field("id", Schema.OPTIONAL_INT32_SCHEMA).build();

        @Override public Schema valueSchema() { return schema; }
        @Override public Schema keySchema() { return schema; }
        @Override public Struct value(Serializable[] row, BitSet cols) { return new Struct(schema).put("id", row[0]); }
        @Override public Struct key(Struct value) { return value; }
    }

    private BinlogEventProcessor processor(BinlogPosition start, Map<String, String> ruleProps) {
        return processor(start, ruleProps, StreamGate.NONE);
    }

    private BinlogEventProcessor processor(BinlogPosition start, Map<String, String> ruleProps, StreamGate gate) {
        Rules rules = RulesConfig.parse(ruleProps, RuleSide.SOURCE);
        SchemaTracker tracker = new SchemaTracker() {
            @Override public Optional<TableSchema> get(TableId t) { return t.equals(ORDERS) ? Optional.of(SCHEMA) : Optional.empty(); }
            @Override public StatementOutcome apply(String sql, String db, SqlMode mode, BinlogPosition at) {
                modes.add(mode);
                return nextOutcome;
            }
        };
        TopicNamer topics = new TopicNamer("up1");
        EmitContext context = new EmitContext(Map.of("source_id", "up1"), rules, tracker, new SourceStructs("up1", "up1"),
                new DdlRecords(topics, t -> 2), s -> new TableRecords(s, topics.topic(s.id()), "up1.shop.orders.Envelope", new IntEncoder()),
                out::add).withGate(gate);
        return new BinlogEventProcessor(start, true, context, failures::add, gate);
    }

    private Event event(EventType type, EventData data, long length) {
        EventHeaderV4 h = new EventHeaderV4();
        h.setEventType(type);
        h.setTimestamp(1_700_000_000_000L);
        h.setServerId(101);
        h.setEventLength(length);
        h.setNextPosition(pos + length);
        pos += length;
        return new Event(h, data);
    }

    private void transaction(BinlogEventProcessor p, long seq, long tableId, TableId table, Serializable[]... rows) {
        MariadbGtidEventData gtid = new MariadbGtidEventData();
        gtid.setDomainId(0);
        gtid.setSequence(seq);
        gtid.setFlags(MariadbGtidEventData.FL_TRANSACTIONAL);
        p.onEvent(event(EventType.MARIADB_GTID, gtid, 40));
        TableMapEventData map = new TableMapEventData();
        map.setTableId(tableId);
        map.setDatabase(table.schema());
        map.setTable(table.table());
        p.onEvent(event(EventType.TABLE_MAP, map, 50));
        WriteRowsEventData write = new WriteRowsEventData();
        write.setTableId(tableId);
        write.setIncludedColumns(BitSet.valueOf(new long[] {1}));
        write.setRows(List.of(rows));
        p.onEvent(event(EventType.WRITE_ROWS, write, 60));
        p.onEvent(event(EventType.XID, new XidEventData(), 30));
    }

    private void rotate(BinlogEventProcessor p) {
        RotateEventData r = new RotateEventData();
        r.setBinlogFilename("mysql-bin.000001");
        r.setBinlogPosition(4);
        p.onEvent(event(EventType.ROTATE, r, 0));
    }

    @Test
    void everyRowCarriesItsTransactionStartAndWhatToSkip() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        long txnStart = pos;
        transaction(p, 7, 10, ORDERS, new Serializable[] {1}, new Serializable[] {2});

        assertThat(out).hasSize(2);
        assertThat(out).extracting(SourceRecord::topic).containsOnly("up1.shop.orders");
        assertThat(BinlogPosition.fromOffset(out.get(1).sourceOffset()))
                .isEqualTo(new BinlogPosition("mysql-bin.000001", txnStart, "", 0, 2, 101, 1_700_000_000L));
        Struct source = ((Struct) out.get(0).value()).getStruct("source");
        assertThat(source.getString("gtid")).isEqualTo("0-101-7");
        assertThat(source.getInt32("row")).isZero();
        assertThat(((Struct) out.get(0).value()).getString("op")).isEqualTo("c");
        assertThat(p.committedPosition().gtids()).isEqualTo("0-101-7");
        assertThat(p.committedPosition().pos()).isEqualTo(pos);
    }

    @Test
    void aRestartInsideATransactionSkipsExactlyThePublishedRows() {
        pos = 4;
        long txnStart = 4;
        BinlogPosition restart = new BinlogPosition("mysql-bin.000001", txnStart, "", 0, 2, 101, 0);
        BinlogEventProcessor p = processor(restart, Map.of());
        transaction(p, 7, 10, ORDERS, new Serializable[] {1}, new Serializable[] {2}, new Serializable[] {3});
        transaction(p, 8, 10, ORDERS, new Serializable[] {4});
        assertThat(out).extracting(r -> ((Struct) ((Struct) r.value()).get("after")).get("id")).containsExactly(3, 4);
    }

    @Test
    void blockedTablesAndIgnoredEventsPublishNothing() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4),
                Map.of("block.allow.ignore.dbs", "tmp", "filters", "noins", "filters.noins.schema.pattern", "shop",
                        "filters.noins.events", "insert", "filters.noins.action", "Ignore"));
        rotate(p);
        transaction(p, 1, 11, LOGS, new Serializable[] {1});
        transaction(p, 2, 10, ORDERS, new Serializable[] {1});
        assertThat(out).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void expressionFiltersDropRowChangesAtTheSource() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of("expression.filters", "big",
                "expression.filters.big.schema", "shop", "expression.filters.big.table", "orders",
                "expression.filters.big.insert.value.expr", "id > 1"));
        rotate(p);
        transaction(p, 1, 10, ORDERS, new Serializable[] {1}, new Serializable[] {2}, new Serializable[] {3});
        assertThat(out).extracting(r -> ((Struct) ((Struct) r.value()).get("after")).get("id")).containsExactly(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDdlBecomesABarrierOnEveryPartitionWithTheHeader() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        TableSchema after = TableSchema.of(ORDERS, List.of(ColumnDef.of("id", "int"), ColumnDef.of("c", "int")), SCHEMA.indexes());
        nextOutcome = new StatementOutcome.Applied(List.of(new AppliedDdl("ALTER TABLE `shop`.`orders` ADD COLUMN `c` INT",
                "ALTER_TABLE", ORDERS, null, SCHEMA, after)));
        QueryEventData q = new QueryEventData();
        q.setSql("ALTER TABLE orders ADD COLUMN c INT");
        q.setDatabase("shop");
        MariadbGtidEventData gtid = new MariadbGtidEventData();
        gtid.setSequence(9);
        gtid.setFlags(MariadbGtidEventData.FL_STANDALONE | MariadbGtidEventData.FL_DDL);
        p.onEvent(event(EventType.MARIADB_GTID, gtid, 40));
        p.onEvent(event(EventType.QUERY, q, 80));

        assertThat(out).hasSize(2);
        assertThat(out).extracting(SourceRecord::kafkaPartition).containsExactly(0, 1);
        assertThat(out.get(0).headers().lastWithName(RecordHeaders.DDL).value()).isEqualTo("true");
        Struct value = (Struct) out.get(0).value();
        assertThat(value.getString("ddl")).isEqualTo("ALTER TABLE `shop`.`orders` ADD COLUMN `c` INT");
        assertThat(value.getString("schema_after")).contains("\"name\":\"c\"");
        assertThat(p.committedPosition().gtids()).isEqualTo("0-101-9"); // a standalone DDL commits itself
    }

    @Test
    void anUnparseableDdlOnACapturedTableFailsWithTheWaysOut() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of("block.allow.ignore.dbs", "tmp"));
        rotate(p);
        QueryEventData q = new QueryEventData();
        q.setSql("ALTER TABLE tmp.logs FROBNICATE");
        q.setDatabase("");
        nextOutcome = new StatementOutcome.Unparseable("syntax", Set.of(LOGS));
        p.onEvent(event(EventType.QUERY, q, 80));
        assertThat(failures).isEmpty(); // provably only a blocked table

        q.setSql("ALTER TABLE shop.orders FROBNICATE");
        nextOutcome = new StatementOutcome.Unparseable("syntax", Set.of(ORDERS));
        p.onEvent(event(EventType.QUERY, q, 80));
        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("cannot parse the DDL at mysql-bin.000001:", "schema.tracker.skip.positions="));
        assertThat(out).isEmpty();
    }

    @Test
    void aServerHeartbeatMeansCaughtUpNow() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        transaction(p, 1, 12, new TableId("shop", "orders"), new Serializable[] {1});
        assertThat(p.lastEventTsMs()).isEqualTo(1_700_000_000_000L);
        long before = System.currentTimeMillis();
        EventHeaderV4 h = new EventHeaderV4();
        h.setEventType(EventType.HEARTBEAT);
        p.onEvent(new Event(h, null));
        assertThat(p.lastEventTsMs()).isBetween(before, System.currentTimeMillis());
        assertThat(failures).isEmpty();
    }

    @Test
    void rowsOfAnUnknownTableFailTheTask() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        transaction(p, 1, 12, new TableId("shop", "unknown"), new Serializable[] {1});
        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("no schema is known for shop.unknown"));
    }

    /** A blocked table's rows arrive undecoded: nothing is published, but the event is still a unit. */
    @Test
    void undecodedRowsOfABlockedTableStillCountAsAUnitOfTheTransaction() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of("block.allow.ignore.dbs", "tmp"));
        rotate(p);
        long txnStart = pos;
        MariadbGtidEventData gtid = new MariadbGtidEventData();
        gtid.setSequence(3);
        gtid.setFlags(MariadbGtidEventData.FL_TRANSACTIONAL);
        p.onEvent(event(EventType.MARIADB_GTID, gtid, 40));
        p.onEvent(event(EventType.TABLE_MAP, map(11, LOGS), 50));
        p.onEvent(event(EventType.WRITE_ROWS, undecoded(11), 60));
        p.onEvent(event(EventType.TABLE_MAP, map(10, ORDERS), 50));
        WriteRowsEventData write = new WriteRowsEventData();
        write.setTableId(10);
        write.setIncludedColumns(BitSet.valueOf(new long[] {1}));
        write.setRows(List.<Serializable[]>of(new Serializable[] {1}));
        p.onEvent(event(EventType.WRITE_ROWS, write, 60));
        p.onEvent(event(EventType.XID, new XidEventData(), 30));

        assertThat(failures).isEmpty();
        assertThat(out).singleElement().satisfies(r -> assertThat(BinlogPosition.fromOffset(r.sourceOffset()))
                .isEqualTo(new BinlogPosition("mysql-bin.000001", txnStart, "", 1, 1, 101, 1_700_000_000L)));
    }

    @Test
    void undecodedRowsOfACapturedTableFailTheTask() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        p.onEvent(event(EventType.TABLE_MAP, map(10, ORDERS), 50));
        p.onEvent(event(EventType.WRITE_ROWS, undecoded(10), 60));
        assertThat(failures).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("rows of shop.orders", "were not decoded although the table is captured"));
        assertThat(out).isEmpty();
    }

    /** The tracker parses in the event's sql_mode; an event without status variables has the default mode. */
    @Test
    void theTrackerGetsTheSqlModeOfTheEvent() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        Event ansi = CapturedQueryEvents.read(BinlogDeserializers.configure(new EventDeserializer()),
                CapturedQueryEvents.ANSI_QUOTES_CREATE);
        p.onEvent(event(EventType.QUERY, ansi.getData(), 80));
        QueryEventData plain = new QueryEventData();
        plain.setSql("CREATE TABLE t (c INT)");
        plain.setDatabase("shop");
        p.onEvent(event(EventType.QUERY, plain, 80));
        assertThat(modes).containsExactly(new SqlMode(true, false), SqlMode.DEFAULT);
    }

    private static TableMapEventData map(long tableId, TableId table) {
        TableMapEventData map = new TableMapEventData();
        map.setTableId(tableId);
        map.setDatabase(table.schema());
        map.setTable(table.table());
        return map;
    }

    /** What the configured deserializer makes of a blocked table's rows event. */
    private static WriteRowsEventData undecoded(long tableId) {
        return new UndecodedRows.Write(tableId);
    }

    @Test
    void deletesCarryTheOldRowAsBefore() {
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of());
        rotate(p);
        TableMapEventData map = new TableMapEventData();
        map.setTableId(10);
        map.setDatabase("shop");
        map.setTable("orders");
        p.onEvent(event(EventType.TABLE_MAP, map, 50));
        DeleteRowsEventData del = new DeleteRowsEventData();
        del.setTableId(10);
        del.setIncludedColumns(BitSet.valueOf(new long[] {1}));
        List<Serializable[]> rows = new ArrayList<>();
        rows.add(new Serializable[] {5});
        del.setRows(rows);
        p.onEvent(event(EventType.DELETE_ROWS, del, 60));
        Struct v = (Struct) out.get(0).value();
        assertThat(v.getString("op")).isEqualTo("d");
        assertThat(v.get("after")).isNull();
        assertThat(((Struct) v.get("before")).get("id")).isEqualTo(5);
        assertThat(out.get(0).key()).isEqualTo(v.get("before"));
    }

    @Test
    void theGateSeesEachHandledEventsEndBeforeItAndTheProcessedPositionAfterIt() {
        List<String> seen = new ArrayList<>();
        StreamGate gate = new StreamGate() {
            @Override public void beforeEvent(BinlogPosition end) {
                seen.add("before " + end.file() + ":" + end.pos() + " after " + out.size() + " records");
            }
            @Override public void processed(BinlogPosition upTo) {
                seen.add("processed " + upTo.file() + ":" + upTo.pos());
            }
            @Override public void tableChanged(TableId table) {
                seen.add("ddl " + table);
            }
        };
        BinlogEventProcessor p = processor(BinlogPosition.at("mysql-bin.000001", 4), Map.of(), gate);
        pos = 100;
        RotateEventData r = new RotateEventData();
        r.setBinlogFilename("mysql-bin.000002");
        r.setBinlogPosition(4);
        p.onEvent(event(EventType.ROTATE, r, 20)); // a real ROTATE at the end of file 1
        pos = 4;
        transaction(p, 7, 10, ORDERS, new Serializable[] {1});
        assertThat(seen).containsExactly(
                "before mysql-bin.000001:120 after 0 records", "processed mysql-bin.000002:4",
                "before mysql-bin.000002:44 after 0 records", "processed mysql-bin.000002:44",
                "before mysql-bin.000002:94 after 0 records", "processed mysql-bin.000002:94",
                "before mysql-bin.000002:154 after 0 records", "processed mysql-bin.000002:154",
                "before mysql-bin.000002:184 after 1 records", "processed mysql-bin.000002:184");
    }
}
