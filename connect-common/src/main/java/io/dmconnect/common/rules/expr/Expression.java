package io.dmconnect.common.rules.expr;

import io.dmconnect.common.rules.expr.ast.Expr;
import io.dmconnect.common.rules.expr.eval.Compiler;
import io.dmconnect.common.rules.expr.eval.Frame;
import io.dmconnect.common.rules.expr.eval.Node;
import io.dmconnect.common.rules.expr.eval.RowView;
import io.dmconnect.common.rules.expr.eval.SchemaBinding;
import io.dmconnect.common.rules.expr.parse.ExprParser;
import io.dmconnect.common.rules.expr.value.Texts;
import io.dmconnect.common.schema.TableSchema;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * One expression of an expression filter: MySQL syntax, parsed and checked against the supported set when it is
 * created, not yet bound to a table (column names are resolved when a table schema is known). Immutable.
 */
public final class Expression {
    private final String text;
    private final Expr ast;

    private Expression(String text, Expr ast) {
        this.text = text;
        this.ast = ast;
    }

    /**
     * Parses and checks an expression.
     *
     * @throws ExpressionException SYNTAX or UNSUPPORTED, with a message that names the offending part
     */
    public static Expression parse(String text) {
        Expr ast = ExprParser.parse(text);
        new Compiler(null).compile(ast); // checks what only compiling finds: format strings, JSON paths, regexes
        return new Expression(text.trim(), ast);
    }

    public String text() {
        return text;
    }

    /** The syntax tree. */
    public Expr ast() {
        return ast;
    }

    /** Compiles against a schema (null: columns by name); UNKNOWN_COLUMN when the schema lacks a column. */
    Node compile(SchemaBinding schema) {
        return new Compiler(schema).compile(ast);
    }

    /**
     * Evaluates once against a row, for the dry run: compiles every call, so use {@link ExpressionFilter} for
     * row changes. Values may be typed Java values or, as the CLI gives them, strings typed by the schema.
     *
     * @param schema the table's schema, or null to type values by their Java class only
     * @return the value: null (NULL), Long, BigInteger, BigDecimal, Double, String, byte[], a date/time or JSON value
     */
    public Object evaluate(Map<String, Object> row, TableSchema schema, ZoneId zone, Clock clock) {
        SchemaBinding binding = schema == null ? null : SchemaBinding.of(schema);
        return compile(binding).eval(new Frame(new RowView(row, binding, zone), zone, clock));
    }

    /** A value as MySQL's client prints it: {@code NULL}, {@code 1}, {@code 3.5000}, {@code 2021-06-01}. */
    public static String render(Object value) {
        return value == null ? "NULL" : Texts.toText(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
