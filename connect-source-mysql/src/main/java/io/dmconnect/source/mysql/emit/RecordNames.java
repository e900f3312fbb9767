package io.dmconnect.source.mysql.emit;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.SchemaNames;

/** Record (schema) names of a table's topic, as Debezium names them, made valid Avro names. */
public record RecordNames(String value, String key, String envelope) {
    public static RecordNames of(String topicPrefix, TableId table) {
        // each name is one component: a dot inside a schema or table name must not become a namespace separator
        String base = SchemaNames.adjust(topicPrefix) + "." + SchemaNames.part(table.schema()) + "." + SchemaNames.part(table.table());
        return new RecordNames(base + ".Value", base + ".Key", base + ".Envelope");
    }
}
