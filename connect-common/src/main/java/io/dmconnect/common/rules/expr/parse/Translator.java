package io.dmconnect.common.rules.expr.parse;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.ExpressionException.Kind;
import io.dmconnect.common.rules.expr.ast.Expr;
import io.dmconnect.common.rules.expr.ast.Expr.BinaryOp;
import io.dmconnect.common.rules.expr.ast.Expr.UnaryOp;
import io.dmconnect.common.rules.expr.value.Collation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseAnd;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseLeftShift;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseOr;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseRightShift;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseXor;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.CosineSimilarity;
import net.sf.jsqlparser.expression.operators.relational.DoubleAnd;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.IsUnknownExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Translates JSqlParser's tree into {@link Expr}. Where JSqlParser groups operators differently from MySQL
 * ({@code !}, {@code ||}, {@code &&} under NOT, XOR next to OR, bit operators next to arithmetic), the expression is
 * rejected with a request for parentheses rather than evaluated with the wrong meaning.
 */
final class Translator {
    private static final Map<Class<?>, BinaryOp> BINARY = Map.ofEntries(
            Map.entry(Multiplication.class, BinaryOp.MULTIPLY), Map.entry(Division.class, BinaryOp.DIVIDE),
            Map.entry(IntegerDivision.class, BinaryOp.INT_DIVIDE), Map.entry(Modulo.class, BinaryOp.MODULO),
            Map.entry(BitwiseAnd.class, BinaryOp.BIT_AND), Map.entry(BitwiseOr.class, BinaryOp.BIT_OR),
            Map.entry(BitwiseXor.class, BinaryOp.BIT_XOR), Map.entry(BitwiseLeftShift.class, BinaryOp.SHIFT_LEFT),
            Map.entry(BitwiseRightShift.class, BinaryOp.SHIFT_RIGHT), Map.entry(AndExpression.class, BinaryOp.AND),
            Map.entry(DoubleAnd.class, BinaryOp.AND), Map.entry(OrExpression.class, BinaryOp.OR),
            Map.entry(XorExpression.class, BinaryOp.XOR), Map.entry(EqualsTo.class, BinaryOp.EQ),
            Map.entry(NotEqualsTo.class, BinaryOp.NE), Map.entry(MinorThan.class, BinaryOp.LT),
            Map.entry(MinorThanEquals.class, BinaryOp.LE), Map.entry(GreaterThan.class, BinaryOp.GT),
            Map.entry(GreaterThanEquals.class, BinaryOp.GE), Map.entry(CosineSimilarity.class, BinaryOp.NULL_SAFE_EQ));
    private static final Set<Class<?>> ARITHMETIC = Set.of(Addition.class, Subtraction.class, Multiplication.class,
            Division.class, IntegerDivision.class, Modulo.class);
    private static final Set<Class<?>> BITWISE = Set.of(BitwiseAnd.class, BitwiseOr.class, BitwiseXor.class,
            BitwiseLeftShift.class, BitwiseRightShift.class);

    /** What {@link #literal} returns for a non-literal, since null is the NULL literal's value. */
    private static final Object NOT_A_LITERAL = new Object();

    private final Calls functions = new Calls(this);

    Expr translate(Expression e) {
        if (e instanceof ParenthesedExpressionList<?> list) {
            if (list.size() != 1) {
                throw ExpressionException.unsupported("row constructor " + e);
            }
            return translate(list.get(0));
        }
        if (e instanceof Column c) {
            return column(c);
        }
        Object literal = literal(e);
        if (literal != NOT_A_LITERAL) {
            return new Expr.Literal(literal);
        }
        if (e instanceof Addition || e instanceof Subtraction) {
            return additive((BinaryExpression) e);
        }
        if (e instanceof Concat) {
            throw ExpressionException.unsupported("|| (MySQL reads it as OR, but the parser groups it like string "
                    + "concatenation): write OR, or CONCAT(a, b)");
        }
        if (e instanceof BinaryExpression b && BINARY.containsKey(b.getClass())) {
            return binary(b);
        }
        if (e instanceof SignedExpression s) {
            return signed(s);
        }
        if (e instanceof NotExpression n) {
            return not(n);
        }
        return predicate(e);
    }

    private static Object literal(Expression e) {
        if (e instanceof NullValue) {
            return null;
        }
        if (e instanceof BooleanValue b) {
            return b.getValue() ? 1L : 0L;
        }
        if (e instanceof LongValue l) {
            return Literals.integer(l.getStringValue());
        }
        if (e instanceof DoubleValue d) {
            return Literals.approximate(d.toString());
        }
        if (e instanceof StringValue s) {
            return Literals.string(s);
        }
        if (e instanceof HexValue h) {
            return Literals.hex(h);
        }
        if (e instanceof DateTimeLiteralExpression d) {
            return Literals.temporal(d);
        }
        return NOT_A_LITERAL;
    }

    private Expr column(Column c) {
        if (c.getTable() != null && c.getTable().getName() != null && !c.getTable().getName().isEmpty()) {
            throw ExpressionException.unsupported("qualified column " + c + ": write the column name alone");
        }
        String name = c.getColumnName();
        if (name.length() >= 2 && name.startsWith("`") && name.endsWith("`")) {
            return new Expr.Column(name.substring(1, name.length() - 1).replace("``", "`"));
        }
        Expr keyword = functions.bareKeyword(name);
        return keyword != null ? keyword : new Expr.Column(name);
    }

    private Expr additive(BinaryExpression b) {
        boolean add = b instanceof Addition;
        if (b.getRightExpression() instanceof IntervalExpression interval) {
            return new Expr.Call(add ? "DATE_ADD" : "DATE_SUB", List.of(translate(b.getLeftExpression()), functions.interval(interval)));
        }
        if (add && b.getLeftExpression() instanceof IntervalExpression interval) {
            return new Expr.Call("DATE_ADD", List.of(translate(b.getRightExpression()), functions.interval(interval)));
        }
        checkArithmeticGrouping(b);
        return new Expr.Binary(add ? BinaryOp.ADD : BinaryOp.SUBTRACT, translate(b.getLeftExpression()), translate(b.getRightExpression()));
    }

    private Expr binary(BinaryExpression b) {
        BinaryOp op = BINARY.get(b.getClass());
        if (ARITHMETIC.contains(b.getClass()) || BITWISE.contains(b.getClass())) {
            checkArithmeticGrouping(b);
        }
        if (op == BinaryOp.XOR && (b.getLeftExpression() instanceof OrExpression || b.getRightExpression() instanceof OrExpression)) {
            throw ambiguous(b, "XOR next to OR");
        }
        if (b.getRightExpression() instanceof Select || b.getRightExpression() instanceof ParenthesedSelect
                || b.getRightExpression() instanceof AnyComparisonExpression) {
            throw ExpressionException.unsupported("subquery in " + b);
        }
        return new Expr.Binary(op, translate(b.getLeftExpression()), translate(b.getRightExpression()));
    }

    /** Bit operators bind differently in JSqlParser and MySQL; only a left chain of the same operator is safe. */
    private static void checkArithmeticGrouping(BinaryExpression b) {
        for (Expression child : List.of(b.getLeftExpression(), b.getRightExpression())) {
            boolean childOperator = ARITHMETIC.contains(child.getClass()) || BITWISE.contains(child.getClass());
            boolean involvesBits = BITWISE.contains(b.getClass()) || BITWISE.contains(child.getClass());
            boolean leftChain = child == b.getLeftExpression() && child.getClass() == b.getClass();
            if (childOperator && involvesBits && !leftChain) {
                throw ambiguous(b, "a bit operator next to another operator");
            }
        }
    }

    private static ExpressionException ambiguous(Expression e, String what) {
        return new ExpressionException(Kind.SYNTAX, "ambiguous: `" + e + "` has " + what
                + " without parentheses, which the parser groups differently from MySQL; add parentheses");
    }

    private Expr signed(SignedExpression s) {
        Expr operand = translate(s.getExpression());
        return switch (s.getSign()) {
            case '-' -> new Expr.Unary(UnaryOp.NEGATE, operand);
            case '~' -> new Expr.Unary(UnaryOp.BIT_NOT, operand);
            default -> operand;
        };
    }

    private Expr not(NotExpression n) {
        Expression operand = n.getExpression();
        if (n.isExclamationMark() && !isAtomic(operand)) {
            throw ambiguous(n, "! before an operator expression (MySQL applies ! to the first operand only)");
        }
        if (operand instanceof DoubleAnd) {
            throw ambiguous(n, "NOT before &&");
        }
        return new Expr.Unary(UnaryOp.NOT, translate(operand));
    }

    /** Whether an operand is one unit for MySQL too (so a prefix operator applies to all of it). */
    private static boolean isAtomic(Expression e) {
        if (e instanceof BinaryExpression || e instanceof LikeExpression || e instanceof Between || e instanceof InExpression
                || e instanceof IsNullExpression || e instanceof IsBooleanExpression || e instanceof IsUnknownExpression) {
            return false;
        }
        return !(e instanceof JsonExpression j) || j.getIdentList().size() == 1 && j.getIdentList().get(0).getKey() instanceof StringValue;
    }

    private Expr predicate(Expression e) {
        if (e instanceof InExpression in) {
            return in(in);
        }
        if (e instanceof Between b) {
            if (b.isUsingSymmetric() || b.isUsingAsymmetric()) {
                throw ExpressionException.unsupported("BETWEEN SYMMETRIC");
            }
            return new Expr.Between(translate(b.getLeftExpression()), translate(b.getBetweenExpressionStart()),
                    translate(b.getBetweenExpressionEnd()), b.isNot());
        }
        if (e instanceof LikeExpression like) {
            return like(like);
        }
        if (e instanceof IsNullExpression n) {
            return new Expr.IsNull(translate(n.getLeftExpression()), n.isNot());
        }
        if (e instanceof IsUnknownExpression u) {
            return new Expr.IsNull(translate(u.getLeftExpression()), u.isNot());
        }
        if (e instanceof IsBooleanExpression b) {
            return new Expr.IsBool(translate(b.getLeftExpression()), b.isTrue(), b.isNot());
        }
        if (e instanceof CaseExpression c) {
            return caseOf(c);
        }
        if (e instanceof CollateExpression c) {
            if (Collation.named(c.getCollate()) == null) {
                throw ExpressionException.unsupported("collation " + c.getCollate() + " (use a *_ci, *_cs, *_bin or binary collation)");
            }
            return new Expr.Collate(translate(c.getLeftExpression()), c.getCollate());
        }
        if (e instanceof JsonExpression j) {
            return json(j);
        }
        return call(e);
    }

    private Expr call(Expression e) {
        if (e instanceof Function f) {
            return functions.function(f);
        }
        if (e instanceof TrimFunction t) {
            return functions.trim(t);
        }
        if (e instanceof CastExpression c) {
            return functions.cast(c);
        }
        if (e instanceof ExtractExpression x) {
            return functions.extract(x);
        }
        if (e instanceof TimeKeyExpression t) {
            return functions.timeKey(t);
        }
        if (e instanceof IntervalExpression) {
            throw ExpressionException.unsupported("INTERVAL outside DATE_ADD / DATE_SUB / ADDDATE / SUBDATE or date + INTERVAL: " + e);
        }
        if (e instanceof Select || e instanceof ParenthesedSelect) {
            throw ExpressionException.unsupported("subquery " + e);
        }
        String kind = e.getClass().getSimpleName();
        throw ExpressionException.unsupported(switch (kind) {
            case "ExistsExpression" -> "EXISTS (subquery)";
            case "JdbcParameter", "JdbcNamedParameter" -> "parameter " + e;
            case "UserVariable" -> "user variable " + e;
            case "AnalyticExpression" -> "window function " + e;
            case "MemberOfExpression" -> "MEMBER OF";
            default -> kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + " `" + e + "`";
        });
    }

    private Expr in(InExpression in) {
        Expression right = in.getRightExpression();
        if (right instanceof Select || right instanceof ParenthesedSelect) {
            throw ExpressionException.unsupported("subquery in IN (" + right + ")");
        }
        if (in.getLeftExpression() instanceof ParenthesedExpressionList<?> l && l.size() > 1) {
            throw ExpressionException.unsupported("row constructor " + l + " in IN");
        }
        if (!(right instanceof ExpressionList<?> list)) {
            throw ExpressionException.unsupported("IN " + right + ": write a parenthesized list of values");
        }
        List<Expr> values = new ArrayList<>();
        for (Expression v : list) {
            values.add(translate(v));
        }
        return new Expr.In(translate(in.getLeftExpression()), values, in.isNot());
    }

    private Expr like(LikeExpression like) {
        Expr operand = translate(like.getLeftExpression());
        Expr pattern = translate(like.getRightExpression());
        switch (like.getLikeKeyWord()) {
            case LIKE:
                Expr escape = like.getEscape() == null ? null : translate(like.getEscape());
                return new Expr.Like(operand, pattern, escape, like.isNot(), like.isUseBinary());
            case REGEXP:
            case RLIKE:
                return new Expr.Regexp(operand, pattern, like.isNot(), like.isUseBinary());
            default:
                throw ExpressionException.unsupported(like.getLikeKeyWord() + " (not MySQL; use LIKE or REGEXP)");
        }
    }

    private Expr caseOf(CaseExpression c) {
        List<Expr.When> whens = new ArrayList<>();
        for (WhenClause w : c.getWhenClauses()) {
            whens.add(new Expr.When(translate(w.getWhenExpression()), translate(w.getThenExpression())));
        }
        return new Expr.Case(c.getSwitchExpression() == null ? null : translate(c.getSwitchExpression()), whens,
                c.getElseExpression() == null ? null : translate(c.getElseExpression()));
    }

    /**
     * {@code col -> path} and {@code col ->> path}. JSqlParser reads everything after the arrow as one expression
     * ({@code c -> '$.a' = 1} arrives as {@code c -> ('$.a' = 1)}), while MySQL's arrow binds tighter than any
     * operator: so the path is the leftmost operand of what follows, and the extraction replaces it there.
     */
    private Expr json(JsonExpression j) {
        if (j.getIdentList().size() != 1 || j.getIdentList().get(0).getKey() instanceof JsonExpression) {
            throw ExpressionException.unsupported("chained JSON operators " + j + ": use JSON_EXTRACT with one path");
        }
        Map.Entry<Expression, String> ident = j.getIdentList().get(0);
        Expr document = translate(j.getExpression());
        boolean unquote = ident.getValue().equals("->>");
        if (!unquote && !ident.getValue().equals("->")) {
            throw ExpressionException.unsupported("JSON operator " + ident.getValue());
        }
        return replaceLeftmost(translate(ident.getKey()), path -> {
            if (!(path instanceof Expr.Literal l && l.value() instanceof String)) {
                throw new ExpressionException(Kind.SYNTAX, "`" + j + "`: " + ident.getValue() + " needs a JSON path string such as '$.a'");
            }
            Expr extract = new Expr.Call("JSON_EXTRACT", List.of(document, path));
            return unquote ? new Expr.Call("JSON_UNQUOTE", List.of(extract)) : extract;
        });
    }

    private static Expr replaceLeftmost(Expr e, UnaryOperator<Expr> at) {
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), replaceLeftmost(b.left(), at), b.right());
        }
        if (e instanceof Expr.Like l) {
            return new Expr.Like(replaceLeftmost(l.operand(), at), l.pattern(), l.escape(), l.negated(), l.binary());
        }
        if (e instanceof Expr.Regexp r) {
            return new Expr.Regexp(replaceLeftmost(r.operand(), at), r.pattern(), r.negated(), r.binary());
        }
        if (e instanceof Expr.Between b) {
            return new Expr.Between(replaceLeftmost(b.operand(), at), b.low(), b.high(), b.negated());
        }
        if (e instanceof Expr.In in) {
            return new Expr.In(replaceLeftmost(in.operand(), at), in.values(), in.negated());
        }
        if (e instanceof Expr.IsNull n) {
            return new Expr.IsNull(replaceLeftmost(n.operand(), at), n.negated());
        }
        if (e instanceof Expr.IsBool b) {
            return new Expr.IsBool(replaceLeftmost(b.operand(), at), b.value(), b.negated());
        }
        if (e instanceof Expr.Collate c) {
            return new Expr.Collate(replaceLeftmost(c.operand(), at), c.collation());
        }
        return at.apply(e);
    }
}
