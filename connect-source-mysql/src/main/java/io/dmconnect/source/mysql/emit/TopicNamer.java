package io.dmconnect.source.mysql.emit;

import io.dmconnect.common.TableId;

/**
 * {@code <topic.prefix>.<db>.<table>}. Kafka topic names allow only letters, digits, '.', '_' and '-' (at most 249
 * characters), so any other character of a schema or table name becomes '_'. Two tables whose names differ only in
 * such characters would share a topic: the source refuses that at start (see docs/record-format.md).
 */
public final class TopicNamer {
    private static final int MAX_TOPIC_LENGTH = 249;

    private final String prefix;

    public TopicNamer(String prefix) {
        this.prefix = prefix;
    }

    public String topic(TableId table) {
        String name = prefix + "." + sanitize(table.schema()) + "." + sanitize(table.table());
        if (name.length() > MAX_TOPIC_LENGTH) {
            throw new IllegalArgumentException("topic name for " + table + " is longer than 249 characters: shorten topic.prefix");
        }
        return name;
    }

    static String sanitize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }
}
