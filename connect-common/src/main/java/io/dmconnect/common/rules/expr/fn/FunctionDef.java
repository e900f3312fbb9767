package io.dmconnect.common.rules.expr.fn;

import io.dmconnect.common.rules.expr.value.Collation;
import java.util.function.Function;

/**
 * A supported function: its name, how many arguments it takes, and how to bind it to the collation its string
 * arguments compare with. A null binder marks a special form the compiler evaluates itself (IF, IFNULL, COALESCE
 * evaluate their arguments lazily, as MySQL does).
 */
public record FunctionDef(String name, int minArgs, int maxArgs, Function<Collation, Fn> binder) {
    public static final int VARIADIC = Integer.MAX_VALUE;

    static FunctionDef of(String name, int minArgs, int maxArgs, Fn fn) {
        return new FunctionDef(name, minArgs, maxArgs, collation -> fn);
    }

    static FunctionDef collated(String name, int minArgs, int maxArgs, Function<Collation, Fn> binder) {
        return new FunctionDef(name, minArgs, maxArgs, binder);
    }

    static FunctionDef special(String name, int minArgs, int maxArgs) {
        return new FunctionDef(name, minArgs, maxArgs, null);
    }

    public boolean accepts(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    public boolean isSpecialForm() {
        return binder == null;
    }

    /** "2 arguments", "1 or 2 arguments", "at least 2 arguments". */
    public String arity() {
        if (maxArgs == VARIADIC) {
            return "at least " + minArgs + " argument" + (minArgs == 1 ? "" : "s");
        }
        if (minArgs == maxArgs) {
            return minArgs + " argument" + (minArgs == 1 ? "" : "s");
        }
        return (maxArgs - minArgs == 1 ? minArgs + " or " : minArgs + " to ") + maxArgs + " arguments";
    }
}
