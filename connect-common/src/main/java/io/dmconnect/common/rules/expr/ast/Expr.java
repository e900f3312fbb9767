package io.dmconnect.common.rules.expr.ast;

import java.util.List;
import java.util.Objects;

/**
 * The expression filter's own syntax tree: the small subset of MySQL expressions the evaluator supports, translated
 * from the SQL parser's tree so that nothing downstream depends on the parser. Names of functions are upper case,
 * column names as written (MySQL compares them case-insensitively).
 */
public sealed interface Expr {

    /** A column of the filtered table, by name. */
    record Column(String name) implements Expr {
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A constant: null, Long, BigInteger, BigDecimal, Double, String, byte[] (binary string),
     * {@link io.dmconnect.common.rules.expr.value.BitString}, LocalDate, LocalDateTime or Duration.
     */
    record Literal(Object value) implements Expr {
    }

    record Unary(UnaryOp op, Expr operand) implements Expr {
    }

    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    }

    /** A function call; the name is upper case and is one the function registry knows. */
    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; operand and otherwise may be null. */
    record Case(Expr operand, List<When> whens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }
    }

    /** One {@code WHEN condition THEN result} branch (not an expression by itself). */
    record When(Expr condition, Expr result) {
    }

    record In(Expr operand, List<Expr> values, boolean negated) implements Expr {
        public In {
            values = List.copyOf(values);
        }
    }

    record Between(Expr operand, Expr low, Expr high, boolean negated) implements Expr {
    }

    /** {@code LIKE}; escape may be null (then backslash). {@code binary} is {@code LIKE BINARY}. */
    record Like(Expr operand, Expr pattern, Expr escape, boolean negated, boolean binary) implements Expr {
    }

    /** {@code REGEXP} / {@code RLIKE}. */
    record Regexp(Expr operand, Expr pattern, boolean negated, boolean binary) implements Expr {
    }

    /** {@code IS [NOT] NULL}, also {@code IS [NOT] UNKNOWN}. */
    record IsNull(Expr operand, boolean negated) implements Expr {
    }

    /** {@code IS [NOT] TRUE} / {@code IS [NOT] FALSE}. */
    record IsBool(Expr operand, boolean value, boolean negated) implements Expr {
    }

    /** {@code INTERVAL amount unit}: only an argument of DATE_ADD and its relatives. */
    record Interval(Expr amount, IntervalUnit unit) implements Expr {
    }

    /** A bare keyword argument: the unit of TIMESTAMPDIFF or EXTRACT. */
    record Keyword(String word) implements Expr {
    }

    /** {@code expr COLLATE name}. */
    record Collate(Expr operand, String collation) implements Expr {
    }

    /** {@code CAST(expr AS type)}; precision and scale only for DECIMAL (null when not given). */
    record Cast(Expr operand, CastType type, Integer precision, Integer scale) implements Expr {
    }

    enum UnaryOp { NEGATE, BIT_NOT, NOT }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), INT_DIVIDE("DIV"), MODULO("%"),
        BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
        AND("AND"), OR("OR"), XOR("XOR"),
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), NULL_SAFE_EQ("<=>");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    enum CastType { SIGNED, UNSIGNED, DECIMAL, DOUBLE, CHAR, BINARY, DATE, DATETIME, TIME, JSON }
}
