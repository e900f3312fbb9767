package io.dmconnect.source.mysql.stream;

import java.nio.ByteBuffer;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/** A cheap estimate of a record's memory, for the byte-bounded queue: exact enough to bound memory, never exact. */
final class RecordSizes {
    private static final int OVERHEAD = 200;

    private RecordSizes() {
    }

    static long estimate(SourceRecord record) {
        return OVERHEAD + size(record.key()) + size(record.value());
    }

    private static long size(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Struct s) {
            long total = 16;
            for (Field f : s.schema().fields()) {
                total += 8 + size(s.get(f));
            }
            return total;
        }
        if (value instanceof String str) {
            return 40 + 2L * str.length();
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        if (value instanceof ByteBuffer buffer) {
            return 16 + buffer.remaining();
        }
        return 24;
    }
}
