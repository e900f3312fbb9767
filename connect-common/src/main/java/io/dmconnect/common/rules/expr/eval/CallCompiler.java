package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.ExpressionException.Kind;
import io.dmconnect.common.rules.expr.ast.Expr;
import io.dmconnect.common.rules.expr.eval.Compiler.Compiled;
import io.dmconnect.common.rules.expr.fn.DateFormats;
import io.dmconnect.common.rules.expr.fn.Fn;
import io.dmconnect.common.rules.expr.fn.FunctionDef;
import io.dmconnect.common.rules.expr.fn.Functions;
import io.dmconnect.common.rules.expr.fn.Intervals;
import io.dmconnect.common.rules.expr.fn.JsonPath;
import io.dmconnect.common.rules.expr.value.Collation;
import io.dmconnect.common.rules.expr.value.Comparison;
import io.dmconnect.common.rules.expr.value.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles calls and the conditional forms: functions from the registry, the lazy IF / IFNULL / COALESCE / CASE
 * (only the chosen branch is evaluated, so {@code IF(JSON_VALID(c), c->'$.a', NULL)} never fails on invalid JSON),
 * DATE_ADD / DATE_SUB, LIKE and REGEXP. Literal arguments that can be checked early (format strings, JSON paths,
 * regular expressions, LIKE patterns) are checked and prepared here, once.
 */
final class CallCompiler {
    private static final Set<String> FORMAT_FUNCTIONS = Set.of("DATE_FORMAT", "STR_TO_DATE", "FROM_UNIXTIME");
    private static final Set<String> PATH_FUNCTIONS = Set.of("JSON_EXTRACT", "JSON_LENGTH", "JSON_CONTAINS");

    private final Compiler compiler;

    CallCompiler(Compiler compiler) {
        this.compiler = compiler;
    }

    Compiled call(Expr.Call call) {
        List<Compiled> args = new ArrayList<>();
        for (Expr a : call.args()) {
            if (!(a instanceof Expr.Interval)) {
                args.add(compiler.compiled(a));
            }
        }
        return switch (call.name()) {
            case "IF" -> branch(args.get(1), args.get(2), f -> Truth.isTrue(args.get(0).node().eval(f)) ? args.get(1).node().eval(f)
                    : args.get(2).node().eval(f));
            case "IFNULL" -> branch(args.get(0), args.get(1), f -> {
                Object v = args.get(0).node().eval(f);
                return v != null ? v : args.get(1).node().eval(f);
            });
            case "COALESCE" -> coalesce(args);
            case "DATE_ADD", "DATE_SUB" -> dateAdd(call, args.get(0));
            default -> function(call, args);
        };
    }

    private static Compiled branch(Compiled a, Compiled b, Node node) {
        return new Compiled(node, Compiler.collation(a, b), Math.min(a.coercibility(), b.coercibility()));
    }

    private static Compiled coalesce(List<Compiled> args) {
        Collation collation = null;
        int coercibility = Compiler.NUMERIC;
        for (Compiled a : args) {
            collation = Collation.resolve(collation, coercibility, a.collation(), a.coercibility());
            coercibility = Math.min(coercibility, a.coercibility());
        }
        Node[] nodes = args.stream().map(Compiled::node).toArray(Node[]::new);
        return new Compiled(f -> {
            for (Node n : nodes) {
                Object v = n.eval(f);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }, collation, coercibility);
    }

    private Compiled dateAdd(Expr.Call call, Compiled date) {
        Expr.Interval interval = (Expr.Interval) call.args().get(1);
        Node amount = compiler.compile(interval.amount());
        boolean subtract = call.name().equals("DATE_SUB");
        Node d = date.node();
        return new Compiled(f -> Intervals.add(d.eval(f), Intervals.amount(amount.eval(f), interval.unit()), interval.unit(), subtract),
                date.collation(), date.coercibility());
    }

    private Compiled function(Expr.Call call, List<Compiled> args) {
        FunctionDef def = Functions.find(call.name())
                .orElseThrow(() -> ExpressionException.unsupported("function " + call.name() + "(...)"));
        checkLiteralArguments(call);
        Collation collation = null;
        int coercibility = Compiler.COERCIBLE;
        for (Compiled a : args) {
            if (a.collation() != null) {
                collation = Collation.resolve(collation, coercibility, a.collation(), a.coercibility());
                coercibility = Math.min(coercibility, a.coercibility());
            }
        }
        Fn fn = def.binder().apply(collation == null ? Collation.LITERAL : collation);
        Node[] nodes = args.stream().map(Compiled::node).toArray(Node[]::new);
        Node node = f -> {
            Object[] values = new Object[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                values[i] = nodes[i].eval(f);
            }
            return fn.apply(values, f);
        };
        if (call.name().startsWith("JSON_")) {
            return new Compiled(node, Collation.UTF8MB4_BIN, Compiler.IMPLICIT); // MySQL's JSON text is utf8mb4_bin
        }
        return new Compiled(node, collation == null ? Collation.LITERAL : collation, coercibility);
    }

    /** Constant format strings and JSON paths are checked when the rule is configured, not on the first row. */
    private static void checkLiteralArguments(Expr.Call call) {
        List<Expr> args = call.args();
        if (FORMAT_FUNCTIONS.contains(call.name()) && args.size() == 2 && args.get(1) instanceof Expr.Literal l
                && l.value() instanceof String format) {
            String bad = DateFormats.unsupportedSpecifier(format);
            if (bad != null) {
                throw ExpressionException.unsupported(call.name() + " specifier " + bad + " (week numbers)");
            }
        }
        if (PATH_FUNCTIONS.contains(call.name())) {
            int first = call.name().equals("JSON_CONTAINS") ? 2 : 1;
            for (int i = first; i < args.size(); i++) {
                if (args.get(i) instanceof Expr.Literal l && l.value() instanceof String path) {
                    try {
                        JsonPath.parse(path);
                    } catch (ExpressionException e) {
                        throw e.kind() == Kind.EVALUATION ? new ExpressionException(Kind.SYNTAX, e.getMessage()) : e;
                    }
                }
            }
        }
    }

    /** CASE: the simple form compares the operand with each WHEN value (NULL matches nothing). */
    Compiled caseOf(Expr.Case c) {
        Compiled operand = c.operand() == null ? null : compiler.compiled(c.operand());
        int n = c.whens().size();
        Node[] conditions = new Node[n];
        Node[] results = new Node[n];
        Collation[] collations = new Collation[n];
        Collation resultCollation = null;
        int coercibility = Compiler.NUMERIC;
        for (int i = 0; i < n; i++) {
            Compiled condition = compiler.compiled(c.whens().get(i).condition());
            Compiled result = compiler.compiled(c.whens().get(i).result());
            conditions[i] = condition.node();
            results[i] = result.node();
            collations[i] = operand == null ? null : Compiler.collation(operand, condition);
            resultCollation = Collation.resolve(resultCollation, coercibility, result.collation(), result.coercibility());
            coercibility = Math.min(coercibility, result.coercibility());
        }
        Node otherwise = c.otherwise() == null ? f -> null : compiler.compile(c.otherwise());
        Node subject = operand == null ? null : operand.node();
        return new Compiled(f -> {
            Object value = subject == null ? null : subject.eval(f);
            for (int i = 0; i < n; i++) {
                boolean hit = subject == null ? Truth.isTrue(conditions[i].eval(f))
                        : value != null && Integer.valueOf(0).equals(Comparison.compare(value, conditions[i].eval(f), collations[i], f.zone()));
                if (hit) {
                    return results[i].eval(f);
                }
            }
            return otherwise.eval(f);
        }, resultCollation, coercibility);
    }

    Compiled like(Expr.Like like) {
        Compiled operand = compiler.compiled(like.operand());
        Compiled pattern = compiler.compiled(like.pattern());
        Collation collation = like.binary() ? Collation.BINARY : Compiler.collation(operand, pattern);
        Node escape = like.escape() == null ? null : compiler.compile(like.escape());
        LikePattern fixed = null;
        if (like.pattern() instanceof Expr.Literal p && p.value() != null
                && (like.escape() == null || like.escape() instanceof Expr.Literal e && e.value() != null)) {
            String escapeText = like.escape() == null ? null : Compiler.text(((Expr.Literal) like.escape()).value());
            try {
                fixed = LikePattern.compile(Compiler.text(p.value()), LikePattern.escapeOf(escapeText), collation);
            } catch (ExpressionException e) {
                throw new ExpressionException(Kind.SYNTAX, e.getMessage());
            }
        }
        LikePattern constant = fixed;
        Node x = operand.node();
        Node y = pattern.node();
        return Compiler.Compiled.numeric(f -> {
            Object value = x.eval(f);
            if (value == null) {
                return null;
            }
            LikePattern matcher = constant;
            if (matcher == null) {
                Object p = y.eval(f);
                Object e = escape == null ? "\\" : escape.eval(f);
                if (p == null || e == null) {
                    return null;
                }
                matcher = LikePattern.compile(Compiler.text(p), LikePattern.escapeOf(Compiler.text(e)), collation);
            }
            return Truth.sql(matcher.matches(Compiler.text(value)) != like.negated());
        });
    }

    Compiled regexp(Expr.Regexp regexp) {
        Compiled operand = compiler.compiled(regexp.operand());
        Compiled pattern = compiler.compiled(regexp.pattern());
        Collation collation = regexp.binary() ? Collation.BINARY : Compiler.collation(operand, pattern);
        int flags = collation.caseInsensitive() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        Pattern fixed = null;
        if (regexp.pattern() instanceof Expr.Literal p && p.value() != null) {
            fixed = regex(Compiler.text(p.value()), flags, Kind.SYNTAX);
        }
        Pattern constant = fixed;
        Node x = operand.node();
        Node y = pattern.node();
        return Compiler.Compiled.numeric(f -> {
            Object value = x.eval(f);
            Object p = constant == null ? y.eval(f) : constant;
            if (value == null || p == null) {
                return null;
            }
            Pattern re = constant != null ? constant : regex(Compiler.text(p), flags, Kind.EVALUATION);
            return Truth.sql(re.matcher(Compiler.text(value)).find() != regexp.negated());
        });
    }

    private static Pattern regex(String text, int flags, Kind kind) {
        try {
            return Pattern.compile(text, flags);
        } catch (PatternSyntaxException e) {
            throw new ExpressionException(kind, "invalid regular expression '" + text + "': " + e.getDescription());
        }
    }
}
