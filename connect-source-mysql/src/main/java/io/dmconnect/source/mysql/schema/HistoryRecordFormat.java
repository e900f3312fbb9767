package io.dmconnect.source.mysql.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchemaJson;
import java.util.List;

/**
 * The schema history topic's records (documented in docs/record-format.md). Key: JSON
 * {@code {"source_id":..,"db":..,"table":..}}, so the compacted topic keeps the latest entry per table of each
 * source. Value: JSON {@code {"table":{"schema":..,"table":..},"versions":[{"position":{file,pos,gtids,event,row,
 * serverId,tsSec},"kind":..,"ddl":..,"schema":{...table schema or null}}]}}, oldest version first.
 */
public final class HistoryRecordFormat {
    private static final ObjectMapper JSON = TableSchemaJson.mapper();

    /** The key as a value, for parsing. */
    public record Key(String source_id, String db, String table) {
    }

    /** The value. */
    public record Value(TableId table, List<SchemaVersion> versions) {
    }

    private HistoryRecordFormat() {
    }

    public static String key(String sourceId, TableId table) {
        return write(new Key(sourceId, table.schema(), table.table()));
    }

    public static Key readKey(String json) {
        return read(json, new TypeReference<>() { });
    }

    public static String value(TableId table, List<SchemaVersion> versions) {
        return write(new Value(table, versions));
    }

    public static Value readValue(String json) {
        return read(json, new TypeReference<>() { });
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write schema history record", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a schema history record: " + e.getOriginalMessage(), e);
        }
    }
}
