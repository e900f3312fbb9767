package io.dmconnect.common.rules.expr.fn;

import static io.dmconnect.common.rules.expr.fn.FunctionDef.VARIADIC;
import static io.dmconnect.common.rules.expr.fn.FunctionDef.of;
import static io.dmconnect.common.rules.expr.fn.Fn.strict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.JsonValue;
import io.dmconnect.common.rules.expr.value.Texts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MySQL's JSON functions. A string argument where JSON is expected is parsed as JSON text; invalid text is an
 * error, as in MySQL (so the row change fails instead of being silently kept).
 */
final class JsonFunctions {
    private JsonFunctions() {
    }

    static List<FunctionDef> defs() {
        return List.of(
                of("JSON_EXTRACT", 2, VARIADIC, strict((a, s) -> extract(a))),
                of("JSON_UNQUOTE", 1, 1, strict((a, s) -> unquote(a[0]))),
                of("JSON_LENGTH", 1, 2, strict((a, s) -> length(a))),
                of("JSON_TYPE", 1, 1, strict((a, s) -> JsonValue.argument(a[0], "json_type", 1).typeName())),
                of("JSON_VALID", 1, 1, strict((a, s) -> valid(a[0]))),
                of("JSON_CONTAINS", 2, 3, strict((a, s) -> contains(a))));
    }

    private static Object extract(Object[] a) {
        JsonNode doc = JsonValue.argument(a[0], "json_extract", 1).node();
        List<JsonNode> matches = new ArrayList<>();
        boolean wrap = a.length > 2;
        for (int i = 1; i < a.length; i++) {
            JsonPath path = JsonPath.parse(Texts.toText(a[i]));
            wrap |= path.hasWildcard();
            matches.addAll(path.select(doc));
        }
        if (matches.isEmpty()) {
            return null;
        }
        if (!wrap) {
            return new JsonValue(matches.get(0));
        }
        ArrayNode array = JsonValue.nodes().arrayNode();
        matches.forEach(array::add);
        return new JsonValue(array);
    }

    /** JSON_UNQUOTE: a JSON string's content; other JSON as text; a plain string unless it is a quoted JSON string. */
    static Object unquote(Object v) {
        if (v instanceof JsonValue j) {
            return j.node().isTextual() ? j.node().textValue() : j.render();
        }
        String s = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : Texts.toText(v);
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return JsonValue.parse(s, "json_unquote", 1).node().textValue();
        }
        return s;
    }

    private static Object length(Object[] a) {
        JsonNode node = JsonValue.argument(a[0], "json_length", 1).node();
        if (a.length > 1) {
            JsonNode target = single(node, Texts.toText(a[1]), "json_length");
            if (target == null) {
                return null;
            }
            node = target;
        }
        return node.isContainerNode() ? (long) node.size() : 1L;
    }

    private static Object valid(Object v) {
        if (v instanceof JsonValue) {
            return 1L;
        }
        if (v instanceof String s) {
            return JsonValue.isValid(s) ? 1L : 0L;
        }
        if (v instanceof byte[] b) {
            return JsonValue.isValid(new String(b, StandardCharsets.UTF_8)) ? 1L : 0L;
        }
        return 0L;
    }

    private static Object contains(Object[] a) {
        JsonNode target = JsonValue.argument(a[0], "json_contains", 1).node();
        JsonNode candidate = JsonValue.argument(a[1], "json_contains", 2).node();
        if (a.length > 2) {
            target = single(target, Texts.toText(a[2]), "json_contains");
            if (target == null) {
                return null;
            }
        }
        return contains(target, candidate) ? 1L : 0L;
    }

    /** The one value a wildcard-free path selects, or null. */
    private static JsonNode single(JsonNode doc, String pathText, String function) {
        JsonPath path = JsonPath.parse(pathText);
        if (path.hasWildcard()) {
            throw ExpressionException.evaluation("In this situation, path expressions may not contain the * and ** tokens ("
                    + function + " path '" + pathText + "')");
        }
        List<JsonNode> found = path.select(doc);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * MySQL's containment: scalars by equality; an array contains a candidate array when it contains each of its
     * elements, and a non-array candidate when one of its elements contains it; an object contains an object whose
     * every key it has with a containing value.
     */
    static boolean contains(JsonNode target, JsonNode candidate) {
        if (target.isArray()) {
            if (candidate.isArray()) {
                for (JsonNode c : candidate) {
                    if (!contains(target, c)) {
                        return false;
                    }
                }
                return true;
            }
            for (JsonNode t : target) {
                if (contains(t, candidate)) {
                    return true;
                }
            }
            return false;
        }
        if (target.isObject()) {
            if (!candidate.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : candidate.properties()) {
                JsonNode t = target.get(e.getKey());
                if (t == null || !contains(t, e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return !candidate.isContainerNode() && JsonValue.compare(target, candidate) == 0;
    }
}
