package io.dmconnect.source.mysql.position;

import java.util.Map;

/** The Connect source partition: one per upstream server, named by DM's source id. */
public final class SourcePartitions {
    public static final String SOURCE_ID = "source_id";

    private SourcePartitions() {
    }

    public static Map<String, String> of(String sourceId) {
        return Map.of(SOURCE_ID, sourceId);
    }
}
