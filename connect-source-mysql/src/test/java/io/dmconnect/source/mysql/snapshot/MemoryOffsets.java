package io.dmconnect.source.mysql.snapshot;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** The offsets records would commit, kept in memory: what a worker's offset store answers after a flush. */
final class MemoryOffsets implements OffsetStorageReader {
    private final Map<Map<String, ?>, Map<String, Object>> offsets = new HashMap<>();

    @SuppressWarnings("unchecked")
    void commit(Iterable<SourceRecord> records) {
        records.forEach(r -> offsets.put(r.sourcePartition(), (Map<String, Object>) r.sourceOffset()));
    }

    void put(Map<String, ?> partition, Map<String, Object> offset) {
        offsets.put(partition, offset);
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return offsets.get(partition);
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        Map<Map<String, T>, Map<String, Object>> out = new HashMap<>();
        partitions.forEach(p -> out.put(p, offsets.get(p)));
        return out;
    }
}
