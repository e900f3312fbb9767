package io.dmconnect.source.mysql.adhoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * A signal read from the signal topic, in Debezium's shape:
 * {@code {"type":"execute-snapshot","data":{"data-collections":["db.t", ...]}}} with an optional {@code "id"}.
 * Parsing never throws: a bad signal becomes a {@link Rejected} that says what is wrong, so the task logs it and
 * goes on.
 */
public final class SnapshotSignal {
    public static final String EXECUTE_SNAPSHOT = "execute-snapshot";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a signal's value says. */
    public sealed interface Parsed permits Snapshot, Rejected {
    }

    /** Snapshot these tables, in this order. */
    public record Snapshot(String id, List<TableId> tables) implements Parsed {
        public Snapshot {
            tables = List.copyOf(tables);
        }
    }

    /** Not a signal this connector runs; {@code reason} says why. */
    public record Rejected(String reason) implements Parsed {
    }

    private SnapshotSignal() {
    }

    public static Parsed parse(String value) {
        if (value == null || value.isBlank()) {
            return new Rejected("the signal has no value");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (Exception e) {
            return new Rejected("the signal is not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            return new Rejected("the signal is not a JSON object");
        }
        String type = root.path("type").asText("");
        if (!EXECUTE_SNAPSHOT.equals(type)) {
            return new Rejected("unknown signal type '" + type + "' (this connector runs \"" + EXECUTE_SNAPSHOT + "\")");
        }
        JsonNode collections = root.path("data").path("data-collections");
        if (!collections.isArray() || collections.isEmpty()) {
            return new Rejected("an execute-snapshot signal needs data.data-collections, a non-empty array of \"db.table\"");
        }
        List<TableId> tables = new ArrayList<>();
        for (JsonNode c : collections) {
            TableId t = table(c);
            if (t == null) {
                return new Rejected("data-collections entry " + c + " is not \"db.table\"");
            }
            if (!tables.contains(t)) {
                tables.add(t);
            }
        }
        return new Snapshot(root.path("id").asText(""), tables);
    }

    /** {@code db.table}: the first dot splits (database names with a dot are not supported here). */
    private static TableId table(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        String s = node.asText().trim();
        int dot = s.indexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            return null;
        }
        return new TableId(s.substring(0, dot), s.substring(dot + 1));
    }
}
