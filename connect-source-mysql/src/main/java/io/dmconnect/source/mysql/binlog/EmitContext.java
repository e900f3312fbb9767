package io.dmconnect.source.mysql.binlog;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.emit.DdlRecords;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.emit.TableRecords;
import io.dmconnect.source.mysql.schema.SchemaTracker;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * What the binlog processor needs besides the events: the rules, the schema tracker, per-table record factories
 * (cached per schema version, rebuilt when a DDL changes the table) and the output.
 */
public final class EmitContext {
    /** Where records go: the handover queue. Blocks while it is full. */
    @FunctionalInterface
    public interface Output {
        void emit(SourceRecord record) throws InterruptedException;
    }

    private final Map<String, String> partition;
    private final Rules rules;
    private final SchemaTracker tracker;
    private final SourceStructs sources;
    private final DdlRecords ddlRecords;
    private final Function<TableSchema, TableRecords> recordsFactory;
    private final Output output;
    private final Map<TableId, TableRecords> records = new HashMap<>();
    private RowSkip rowSkip = RowSkip.NONE;
    private StreamGate gate = StreamGate.NONE;

    public EmitContext(Map<String, String> partition, Rules rules, SchemaTracker tracker, SourceStructs sources,
                       DdlRecords ddlRecords, Function<TableSchema, TableRecords> recordsFactory, Output output) {
        this.partition = partition;
        this.rules = rules;
        this.tracker = tracker;
        this.sources = sources;
        this.ddlRecords = ddlRecords;
        this.recordsFactory = recordsFactory;
        this.output = output;
    }

    public Map<String, String> partition() {
        return partition;
    }

    public Rules rules() {
        return rules;
    }

    public SchemaTracker tracker() {
        return tracker;
    }

    public SourceStructs sources() {
        return sources;
    }

    public DdlRecords ddlRecords() {
        return ddlRecords;
    }

    public Output output() {
        return output;
    }

    public RowSkip rowSkip() {
        return rowSkip;
    }

    /** Rows a snapshot already published are skipped (set before the binlog reader starts). */
    public EmitContext withRowSkip(RowSkip skip) {
        this.rowSkip = skip;
        return this;
    }

    /** Told about every DDL-changed table (an ad-hoc snapshot re-reads a chunk buffered across it). */
    public EmitContext withGate(StreamGate listener) {
        this.gate = listener;
        return this;
    }

    /** The record factory for the table's current schema; null when the tracker does not know the table. */
    public TableRecords records(TableId table) {
        TableRecords cached = records.get(table);
        if (cached != null) {
            return cached;
        }
        return tracker.get(table).map(schema -> {
            TableRecords built = recordsFactory.apply(schema);
            records.put(table, built);
            return built;
        }).orElse(null);
    }

    /** A DDL changed (or dropped, or renamed) the table: its factory is rebuilt on next use. */
    public void schemaChanged(TableId table) {
        records.remove(table);
        gate.tableChanged(table);
    }
}
