package io.dmconnect.common.rules.expr.fn;

import static io.dmconnect.common.rules.expr.fn.FunctionDef.VARIADIC;

import io.dmconnect.common.rules.expr.value.Comparison;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The registry of supported functions, by upper-case name. A name that is not here is rejected when the rule is
 * configured ("unsupported: function X(...)"), so the documented set and the accepted set cannot drift apart.
 */
public final class Functions {
    private static final Map<String, FunctionDef> ALL;

    static {
        Map<String, FunctionDef> all = new TreeMap<>();
        Stream.of(control(), StringFunctions.defs(), MathFunctions.defs(), DateTimeFunctions.defs(), JsonFunctions.defs())
                .flatMap(List::stream)
                .forEach(def -> {
                    if (all.put(def.name(), def) != null) {
                        throw new IllegalStateException("function registered twice: " + def.name());
                    }
                });
        ALL = Collections.unmodifiableMap(all);
    }

    private Functions() {
    }

    public static Optional<FunctionDef> find(String upperCaseName) {
        return Optional.ofNullable(ALL.get(upperCaseName));
    }

    /** Every supported function, sorted by name (for the documentation and its test). */
    public static Map<String, FunctionDef> all() {
        return ALL;
    }

    /** IF, IFNULL and COALESCE are special forms: only the chosen argument is evaluated. */
    private static List<FunctionDef> control() {
        return List.of(
                FunctionDef.special("IF", 3, 3),
                FunctionDef.special("IFNULL", 2, 2),
                FunctionDef.special("COALESCE", 1, VARIADIC),
                FunctionDef.collated("NULLIF", 2, 2, c -> (a, s) ->
                        a[0] != null && Boolean.TRUE.equals(Comparison.equal(a[0], a[1], c)) ? null : a[0]),
                FunctionDef.of("ISNULL", 1, 1, (a, s) -> a[0] == null ? 1L : 0L));
    }
}
