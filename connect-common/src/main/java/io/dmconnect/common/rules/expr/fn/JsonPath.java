package io.dmconnect.common.rules.expr.fn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dmconnect.common.rules.expr.ExpressionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A MySQL JSON path: {@code $}, then members {@code .key} / {@code ."quoted key"} / {@code .*} and array cells
 * {@code [n]} / {@code [last]} / {@code [last-n]} / {@code [*]}. The recursive {@code **} and ranges
 * {@code [m to n]} are not supported. As in MySQL, {@code [0]} and {@code [last]} of a value that is not an array
 * is the value itself.
 */
public final class JsonPath {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonPath> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 1024;

    private sealed interface Leg permits Member, AnyMember, Cell, AnyCell {
    }

    private record Member(String key) implements Leg {
    }

    private record AnyMember() implements Leg {
    }

    private record Cell(int index, boolean fromLast) implements Leg {
    }

    private record AnyCell() implements Leg {
    }

    private final String text;
    private final List<Leg> legs;

    private JsonPath(String text, List<Leg> legs) {
        this.text = text;
        this.legs = List.copyOf(legs);
    }

    /** Parses a path (paths repeat row after row, so parsed paths are kept). */
    public static JsonPath parse(String text) {
        JsonPath cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        JsonPath path = new Parser(text).parse();
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, path);
        }
        return path;
    }

    public boolean hasWildcard() {
        return legs.stream().anyMatch(l -> l instanceof AnyMember || l instanceof AnyCell);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Every value the path selects, in document order. */
    public List<JsonNode> select(JsonNode root) {
        List<JsonNode> current = List.of(root);
        for (Leg leg : legs) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                step(node, leg, next);
            }
            current = next;
        }
        return current;
    }

    private static void step(JsonNode node, Leg leg, List<JsonNode> out) {
        if (leg instanceof Member m) {
            JsonNode v = node.isObject() ? node.get(m.key()) : null;
            if (v != null) {
                out.add(v);
            }
        } else if (leg instanceof AnyMember) {
            if (node.isObject()) {
                node.properties().forEach(e -> out.add(e.getValue()));
            }
        } else if (leg instanceof Cell c) {
            if (!node.isArray()) {
                if (c.index() == 0) {
                    out.add(node); // MySQL wraps a non-array in an array of one for [0] and [last]
                }
                return;
            }
            int i = c.fromLast() ? node.size() - 1 - c.index() : c.index();
            if (i >= 0 && i < node.size()) {
                out.add(node.get(i));
            }
        } else if (node.isArray()) {
            node.forEach(out::add);
        }
    }

    /** A small recursive-descent reader of the path grammar. */
    private static final class Parser {
        private final String s;
        private int pos;
        private final List<Leg> legs = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        JsonPath parse() {
            skipSpaces();
            expect('$');
            while (true) {
                skipSpaces();
                if (pos == s.length()) {
                    return new JsonPath(s, legs);
                }
                char c = s.charAt(pos++);
                if (c == '.') {
                    member();
                } else if (c == '[') {
                    cell();
                } else if (c == '*' && pos < s.length() && s.charAt(pos) == '*') {
                    throw ExpressionException.unsupported("JSON path wildcard ** in '" + s + "'");
                } else {
                    throw invalid();
                }
            }
        }

        private void member() {
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == '*') {
                pos++;
                legs.add(new AnyMember());
            } else if (pos < s.length() && s.charAt(pos) == '"') {
                int end = pos + 1;
                while (end < s.length() && s.charAt(end) != '"') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= s.length()) {
                    throw invalid();
                }
                try {
                    legs.add(new Member(MAPPER.readTree(s.substring(pos, end + 1)).textValue()));
                } catch (JsonProcessingException e) {
                    throw invalid();
                }
                pos = end + 1;
            } else {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '$')) {
                    pos++;
                }
                if (start == pos || Character.isDigit(s.charAt(start))) {
                    throw invalid();
                }
                legs.add(new Member(s.substring(start, pos)));
            }
        }

        private void cell() {
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == '*') {
                pos++;
                legs.add(new AnyCell());
            } else if (s.startsWith("last", pos)) {
                pos += 4;
                skipSpaces();
                int offset = 0;
                if (pos < s.length() && s.charAt(pos) == '-') {
                    pos++;
                    skipSpaces();
                    offset = number();
                }
                legs.add(new Cell(offset, true));
            } else {
                legs.add(new Cell(number(), false));
            }
            skipSpaces();
            if (s.startsWith("to", pos)) {
                throw ExpressionException.unsupported("JSON path range [m to n] in '" + s + "'");
            }
            expect(']');
        }

        private int number() {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 9) {
                throw invalid();
            }
            return Integer.parseInt(s.substring(start, pos));
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw invalid();
            }
            pos++;
        }

        private void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private ExpressionException invalid() {
            return ExpressionException.evaluation("Invalid JSON path expression '" + s + "' at character " + pos
                    + ": write $ followed by .key, .\"key\", [n], [last] or [*]");
        }
    }
}
