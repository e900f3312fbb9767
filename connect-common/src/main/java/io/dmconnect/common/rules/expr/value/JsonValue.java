package io.dmconnect.common.rules.expr.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dmconnect.common.rules.expr.ExpressionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value of MySQL's JSON type (a JSON column, or the result of JSON_EXTRACT / {@code ->}), wrapping a Jackson tree.
 * Rendering follows MySQL: object keys sorted by length then bytes, {@code ", "} and {@code ": "} separators.
 */
public record JsonValue(JsonNode node) {
    /** Strict like MySQL: text after the document ({@code '{} x'}) makes it invalid. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Parses JSON text; the error message names the function and argument, as MySQL's does. */
    public static JsonValue parse(String text, String function, int argument) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new ExpressionException(ExpressionException.Kind.EVALUATION,
                        "Invalid JSON text in argument " + argument + " to function " + function + ": the document is empty");
            }
            return new JsonValue(node);
        } catch (JsonProcessingException e) {
            throw new ExpressionException(ExpressionException.Kind.EVALUATION, "Invalid JSON text in argument " + argument
                    + " to function " + function + ": " + e.getOriginalMessage());
        }
    }

    public static boolean isValid(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && !node.isMissingNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** A JSON argument of a function: a JSON value as is, a string parsed as JSON text, NULL as null. */
    public static JsonValue argument(Object value, String function, int argument) {
        if (value == null || value instanceof JsonValue) {
            return (JsonValue) value;
        }
        if (value instanceof String s) {
            return parse(s, function, argument);
        }
        if (value instanceof byte[] b) {
            return parse(new String(b, StandardCharsets.UTF_8), function, argument);
        }
        throw ExpressionException.evaluation("Invalid data type for JSON data in argument " + argument
                + " to function " + function + ": " + Texts.toText(value) + " is not JSON text");
    }

    /** An SQL scalar as the JSON value it compares as: numbers as numbers, everything else as a JSON string. */
    public static JsonNode scalar(Object value) {
        if (value instanceof JsonValue j) {
            return j.node;
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        return NODES.textNode(Texts.toText(value));
    }

    /** The SQL value of a JSON scalar in numeric context (MySQL: true is 1, strings by their numeric prefix). */
    public Number toNumber() {
        if (node.isIntegralNumber()) {
            return node.isBigInteger() ? (Number) node.bigIntegerValue() : (Number) node.longValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1L : 0L;
        }
        if (node.isTextual()) {
            return Numbers.parseDouble(node.textValue());
        }
        return 0L;
    }

    /** The MySQL name of this value's JSON type, as JSON_TYPE returns it. */
    public String typeName() {
        return switch (node.getNodeType()) {
            case OBJECT -> "OBJECT";
            case ARRAY -> "ARRAY";
            case STRING -> "STRING";
            case BOOLEAN -> "BOOLEAN";
            case NULL -> "NULL";
            case NUMBER -> node.isIntegralNumber()
                    ? (node.isBigInteger() && node.bigIntegerValue().signum() > 0 ? "UNSIGNED INTEGER" : "INTEGER")
                    : (node.isBigDecimal() ? "DECIMAL" : "DOUBLE");
            default -> "OPAQUE";
        };
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        render(node, out);
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private static void render(JsonNode n, StringBuilder out) {
        if (n.isObject()) {
            out.append('{');
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            keys.sort(JsonValue::compareKeys);
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                quote(keys.get(i), out);
                out.append(": ");
                render(n.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (int i = 0; i < n.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                render(n.get(i), out);
            }
            out.append(']');
        } else if (n.isTextual()) {
            quote(n.textValue(), out);
        } else if (n.isDouble() || n.isFloat()) {
            String text = Texts.formatDouble(n.doubleValue());
            out.append(text.matches("-?\\d+") ? text + ".0" : text);
        } else {
            out.append(n.asText());
        }
    }

    /** MySQL orders object keys by length first, then by bytes. */
    private static int compareKeys(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return x.length != y.length ? Integer.compare(x.length, y.length) : java.util.Arrays.compareUnsigned(x, y);
    }

    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * MySQL's JSON ordering: values of different types order by type (BOOLEAN > ARRAY > OBJECT > STRING > numbers >
     * NULL); numbers numerically, strings by code point, arrays element by element. Unequal objects have no defined
     * order in MySQL; here they order by their text so the result is at least stable.
     */
    public static int compare(JsonNode a, JsonNode b) {
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        if (a.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual()) {
            return Integer.signum(Collation.BINARY.compare(a.textValue(), b.textValue()));
        }
        if (a.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        if (a.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
        if (a.isObject()) {
            return objectsEqual(a, b) ? 0 : Integer.signum(new JsonValue(a).render().compareTo(new JsonValue(b).render()));
        }
        return 0;
    }

    private static boolean objectsEqual(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : a.properties()) {
            JsonNode other = b.get(e.getKey());
            if (other == null || compare(e.getValue(), other) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int rank(JsonNode n) {
        return switch (n.getNodeType()) {
            case NULL -> 0;
            case NUMBER -> 1;
            case STRING -> 2;
            case OBJECT -> 3;
            case ARRAY -> 4;
            case BOOLEAN -> 5;
            default -> 6;
        };
    }

    /** Creates JSON values from scratch (arrays of matches). */
    public static JsonNodeFactory nodes() {
        return NODES;
    }
}
