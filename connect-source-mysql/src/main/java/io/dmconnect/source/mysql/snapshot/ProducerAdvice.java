package io.dmconnect.source.mysql.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The producer overrides recommended while a snapshot runs (docs/operations.md, "Producer settings"): with Connect's
 * default producer the snapshot's records go out a handful per request, which cost the broker and the worker most
 * of the CPU the overrides save. A connector cannot set its own producer's settings, so the snapshot says in its log
 * which ones its config leaves out; any value the user gave counts as a choice and is not second-guessed.
 */
final class ProducerAdvice {
    static final Map<String, String> RECOMMENDED = recommended();

    private ProducerAdvice() {
    }

    /** The recommended keys {@code connectorConfig} does not set, in the order of {@link #RECOMMENDED}. */
    static List<String> missing(Map<String, String> connectorConfig) {
        return RECOMMENDED.keySet().stream().filter(k -> !connectorConfig.containsKey(k)).toList();
    }

    /** The log line for a config that lacks some of the recommended keys; empty when it sets them all. */
    static Optional<String> advice(Map<String, String> connectorConfig) {
        List<String> missing = missing(connectorConfig);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the snapshot's records go out with Connect's default producer settings for "
                + String.join(", ", missing) + ": many small requests, which cost the broker and the worker CPU. For a "
                + "faster snapshot set " + missing.stream().map(k -> k + "=" + RECOMMENDED.get(k))
                        .collect(Collectors.joining(", "))
                + " in the connector config (the worker's connector.client.config.override.policy must allow them; "
                + "see docs/operations.md, Producer settings)");
    }

    private static Map<String, String> recommended() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("producer.override.linger.ms", "20");
        m.put("producer.override.batch.size", "524288");
        m.put("producer.override.compression.type", "lz4");
        return Collections.unmodifiableMap(m);
    }
}
