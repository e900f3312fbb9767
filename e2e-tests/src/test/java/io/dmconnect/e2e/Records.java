package io.dmconnect.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads records the JSON converter (schemas enabled) wrote: the payload, and the marker header. */
final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    static JsonNode payload(ConsumerRecord<String, String> r) {
        try {
            return r.value() == null ? null : JSON.readTree(r.value()).get("payload");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDdl(ConsumerRecord<String, String> r) {
        return r.headers().lastHeader("dm.ddl") != null;
    }

    static List<JsonNode> rows(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> !isDdl(r)).map(Records::payload).toList();
    }

    static List<JsonNode> ddls(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(Records::isDdl).map(Records::payload).toList();
    }
}
