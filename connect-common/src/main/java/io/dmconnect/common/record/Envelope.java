package io.dmconnect.common.record;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Debezium's change-event envelope: {@code before}, {@code after}, {@code source}, {@code op}, {@code ts_ms}.
 * {@code op} is c (insert), u (update), d (delete) or r (snapshot read). The record name is
 * {@code <topic.prefix>.<db>.<table>.Envelope}, adjusted to a valid Avro name.
 */
public final class Envelope {
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String SOURCE = "source";
    public static final String OP = "op";
    public static final String TS_MS = "ts_ms";

    /** The {@code op} codes. */
    public enum Op {
        CREATE("c"), UPDATE("u"), DELETE("d"), READ("r");

        private final String code;

        Op(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Op of(String code) {
            for (Op op : values()) {
                if (op.code.equals(code)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown op '" + code + "': expected c, u, d or r");
        }
    }

    private Envelope() {
    }

    /** The envelope schema around a row's value schema (which must be optional: before/after may be null). */
    public static Schema schema(String envelopeName, Schema rowSchema) {
        return SchemaBuilder.struct().name(envelopeName).version(1)
                .field(BEFORE, rowSchema)
                .field(AFTER, rowSchema)
                .field(SOURCE, SourceBlock.SCHEMA)
                .field(OP, Schema.STRING_SCHEMA)
                .field(TS_MS, Schema.OPTIONAL_INT64_SCHEMA)
                .build();
    }
}
