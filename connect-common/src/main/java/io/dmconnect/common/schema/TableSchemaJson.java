package io.dmconnect.common.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON form of a {@link TableSchema}: what DDL records carry as schema before/after and what the schema history
 * topic stores. Field names are the record components' names; unknown fields are ignored so older readers accept
 * newer writers. Documented in docs/record-format.md.
 */
public final class TableSchemaJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TableSchemaJson() {
    }

    public static String write(TableSchema schema) {
        try {
            return schema == null ? null : JSON.writeValueAsString(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema of " + schema.id() + " as JSON", e);
        }
    }

    public static TableSchema read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, TableSchema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a table schema: " + e.getOriginalMessage(), e);
        }
    }

    /** The mapper, for callers that embed schemas in larger JSON documents. */
    public static ObjectMapper mapper() {
        return JSON;
    }
}
