package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.ast.Expr;
import io.dmconnect.common.rules.expr.value.Arithmetic;
import io.dmconnect.common.rules.expr.value.Collation;
import io.dmconnect.common.rules.expr.value.Comparison;
import io.dmconnect.common.rules.expr.value.Texts;
import io.dmconnect.common.rules.expr.value.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Compiles an {@link Expr} into a tree of {@link Node}s bound to one table schema: column positions, kinds and
 * collations are resolved here, once, and so is the collation of every comparison (MySQL's coercibility rule). With
 * no schema, columns are read by name and typed by their values. Throws UNKNOWN_COLUMN when the schema lacks a
 * column the expression names.
 */
public final class Compiler {
    static final int EXPLICIT = 0;
    static final int IMPLICIT = 2;
    static final int COERCIBLE = 4;
    static final int NUMERIC = 5;

    /** A compiled node and the collation derivation of its value when that is a string. */
    record Compiled(Node node, Collation collation, int coercibility) {
        static Compiled numeric(Node node) {
            return new Compiled(node, null, NUMERIC);
        }
    }

    private final SchemaBinding schema;
    private final CallCompiler calls = new CallCompiler(this);

    /** @param schema null to compile without a schema (columns resolved by name when evaluated) */
    public Compiler(SchemaBinding schema) {
        this.schema = schema;
    }

    public Node compile(Expr e) {
        return compiled(e).node();
    }

    Compiled compiled(Expr e) {
        if (e instanceof Expr.Column c) {
            return column(c.name());
        }
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        }
        if (e instanceof Expr.Keyword k) {
            return literal(k.word());
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return calls.call(c);
        }
        if (e instanceof Expr.Case c) {
            return calls.caseOf(c);
        }
        if (e instanceof Expr.Cast c) {
            Node operand = compile(c.operand());
            Node node = f -> Casts.cast(operand.eval(f), c.type(), c.precision(), c.scale());
            return c.type() == Expr.CastType.CHAR ? new Compiled(node, Collation.LITERAL, IMPLICIT) : Compiled.numeric(node);
        }
        if (e instanceof Expr.Collate c) {
            return new Compiled(compile(c.operand()), Collation.named(c.collation()), EXPLICIT);
        }
        if (e instanceof Expr.Interval i) {
            throw ExpressionException.unsupported("INTERVAL " + i.unit() + " outside DATE_ADD / DATE_SUB");
        }
        return predicate(e);
    }

    private Compiled column(String name) {
        if (schema == null) {
            return new Compiled(f -> f.column(name), Collation.UNKNOWN_COLUMN, IMPLICIT);
        }
        int index = schema.indexOf(name);
        if (index < 0) {
            throw new ExpressionException(ExpressionException.Kind.UNKNOWN_COLUMN,
                    "unknown column '" + name + "' in table " + schema.table());
        }
        Collation collation = schema.collation(index);
        return new Compiled(f -> f.column(index), collation, collation == null ? NUMERIC : IMPLICIT);
    }

    static Compiled literal(Object value) {
        Node node = f -> value;
        if (value instanceof String) {
            return new Compiled(node, Collation.LITERAL, COERCIBLE);
        }
        return Compiled.numeric(node);
    }

    private Compiled unary(Expr.Unary u) {
        Node operand = compile(u.operand());
        return Compiled.numeric(switch (u.op()) {
            case NEGATE -> f -> Arithmetic.negate(operand.eval(f));
            case BIT_NOT -> f -> Arithmetic.bitNot(operand.eval(f));
            case NOT -> f -> {
                Boolean t = Truth.of(operand.eval(f));
                return t == null ? null : Truth.sql(!t);
            };
        });
    }

    private Compiled binary(Expr.Binary b) {
        Compiled left = compiled(b.left());
        Compiled right = compiled(b.right());
        Node l = left.node();
        Node r = right.node();
        return Compiled.numeric(switch (b.op()) {
            case AND -> f -> and(l, r, f);
            case OR -> f -> or(l, r, f);
            case XOR -> f -> {
                Boolean x = Truth.of(l.eval(f));
                Boolean y = x == null ? null : Truth.of(r.eval(f));
                return x == null || y == null ? null : Truth.sql(x ^ y);
            };
            case ADD -> f -> Arithmetic.add(l.eval(f), r.eval(f));
            case SUBTRACT -> f -> Arithmetic.subtract(l.eval(f), r.eval(f));
            case MULTIPLY -> f -> Arithmetic.multiply(l.eval(f), r.eval(f));
            case DIVIDE -> f -> Arithmetic.divide(l.eval(f), r.eval(f));
            case INT_DIVIDE -> f -> Arithmetic.intDivide(l.eval(f), r.eval(f));
            case MODULO -> f -> Arithmetic.modulo(l.eval(f), r.eval(f));
            case BIT_AND -> f -> Arithmetic.bitOp('&', l.eval(f), r.eval(f));
            case BIT_OR -> f -> Arithmetic.bitOp('|', l.eval(f), r.eval(f));
            case BIT_XOR -> f -> Arithmetic.bitOp('^', l.eval(f), r.eval(f));
            case SHIFT_LEFT -> f -> Arithmetic.bitOp('<', l.eval(f), r.eval(f));
            case SHIFT_RIGHT -> f -> Arithmetic.bitOp('>', l.eval(f), r.eval(f));
            case NULL_SAFE_EQ -> nullSafeEquals(l, r, collation(left, right));
            case EQ -> comparison(l, r, collation(left, right), c -> c == 0);
            case NE -> comparison(l, r, collation(left, right), c -> c != 0);
            case LT -> comparison(l, r, collation(left, right), c -> c < 0);
            case LE -> comparison(l, r, collation(left, right), c -> c <= 0);
            case GT -> comparison(l, r, collation(left, right), c -> c > 0);
            case GE -> comparison(l, r, collation(left, right), c -> c >= 0);
        });
    }

    /** AND: FALSE if either side is FALSE (the right side is then not evaluated when the left is), else NULL if either is NULL. */
    private static Object and(Node l, Node r, Frame f) {
        Boolean x = Truth.of(l.eval(f));
        if (Boolean.FALSE.equals(x)) {
            return Truth.FALSE;
        }
        Boolean y = Truth.of(r.eval(f));
        if (Boolean.FALSE.equals(y)) {
            return Truth.FALSE;
        }
        return x == null || y == null ? null : Truth.TRUE;
    }

    private static Object or(Node l, Node r, Frame f) {
        Boolean x = Truth.of(l.eval(f));
        if (Boolean.TRUE.equals(x)) {
            return Truth.TRUE;
        }
        Boolean y = Truth.of(r.eval(f));
        if (Boolean.TRUE.equals(y)) {
            return Truth.TRUE;
        }
        return x == null || y == null ? null : Truth.FALSE;
    }

    static Collation collation(Compiled a, Compiled b) {
        return Collation.resolve(a.collation(), a.coercibility(), b.collation(), b.coercibility());
    }

    private static Node comparison(Node l, Node r, Collation collation, IntPredicate test) {
        return f -> {
            Integer c = Comparison.compare(l.eval(f), r.eval(f), collation, f.zone());
            return c == null ? null : Truth.sql(test.test(c));
        };
    }

    private static Node nullSafeEquals(Node l, Node r, Collation collation) {
        return f -> {
            Object x = l.eval(f);
            Object y = r.eval(f);
            if (x == null || y == null) {
                return Truth.sql(x == y);
            }
            return Truth.sql(Comparison.compare(x, y, collation, f.zone()) == 0);
        };
    }

    private Compiled predicate(Expr e) {
        if (e instanceof Expr.IsNull n) {
            Node operand = compile(n.operand());
            return Compiled.numeric(f -> Truth.sql((operand.eval(f) == null) != n.negated()));
        }
        if (e instanceof Expr.IsBool b) {
            Node operand = compile(b.operand());
            return Compiled.numeric(f -> {
                Boolean t = Truth.of(operand.eval(f));
                return Truth.sql((t != null && t == b.value()) != b.negated());
            });
        }
        if (e instanceof Expr.In in) {
            return in(in);
        }
        if (e instanceof Expr.Between b) {
            return between(b);
        }
        if (e instanceof Expr.Like l) {
            return calls.like(l);
        }
        if (e instanceof Expr.Regexp r) {
            return calls.regexp(r);
        }
        throw ExpressionException.unsupported(e.getClass().getSimpleName());
    }

    /** IN: TRUE on a match; otherwise NULL when the operand or any listed value is NULL; else FALSE. */
    private Compiled in(Expr.In in) {
        Compiled operand = compiled(in.operand());
        List<Node> values = new ArrayList<>();
        List<Collation> collations = new ArrayList<>();
        for (Expr v : in.values()) {
            Compiled c = compiled(v);
            values.add(c.node());
            collations.add(collation(operand, c));
        }
        Node x = operand.node();
        return Compiled.numeric(f -> {
            Object value = x.eval(f);
            if (value == null) {
                return null;
            }
            boolean sawNull = false;
            for (int i = 0; i < values.size(); i++) {
                Integer c = Comparison.compare(value, values.get(i).eval(f), collations.get(i), f.zone());
                if (c == null) {
                    sawNull = true;
                } else if (c == 0) {
                    return Truth.sql(!in.negated());
                }
            }
            return sawNull ? null : Truth.sql(in.negated());
        });
    }

    /** {@code x BETWEEN lo AND hi} is {@code x >= lo AND x <= hi}, NULLs included. */
    private Compiled between(Expr.Between b) {
        Compiled x = compiled(b.operand());
        Compiled lo = compiled(b.low());
        Compiled hi = compiled(b.high());
        Collation low = collation(x, lo);
        Collation high = collation(x, hi);
        return Compiled.numeric(f -> {
            Object v = x.node().eval(f);
            Integer c1 = Comparison.compare(v, lo.node().eval(f), low, f.zone());
            Integer c2 = Comparison.compare(v, hi.node().eval(f), high, f.zone());
            Boolean geLow = c1 == null ? null : c1 >= 0;
            Boolean leHigh = c2 == null ? null : c2 <= 0;
            Boolean inside = Boolean.FALSE.equals(geLow) || Boolean.FALSE.equals(leHigh) ? Boolean.FALSE
                    : (geLow == null || leHigh == null ? null : Boolean.TRUE);
            return inside == null ? null : Truth.sql(inside != b.negated());
        });
    }

    static String text(Object v) {
        return Texts.toText(v);
    }
}
