package io.dmconnect.common.rules.expr.parse;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.ExpressionException.Kind;
import io.dmconnect.common.rules.expr.ast.Expr;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.TokenMgrException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Parses an expression filter expression the way DM does, as {@code SELECT <expr>}, with JSqlParser in MySQL's
 * default lexical mode (backslash escapes, double-quoted strings), and translates it into the filter's own
 * {@link Expr} tree. Anything but one plain expression (an alias, a second expression, FROM, a second statement) is
 * rejected; DM would silently use only the first expression.
 */
public final class ExprParser {
    private static final String PREFIX = "SELECT ";
    private static final Pattern POSITION = Pattern.compile("at line 1, column (\\d+)");

    private ExprParser() {
    }

    /**
     * @throws ExpressionException SYNTAX when the text does not parse, UNSUPPORTED when it uses something outside the
     *                             supported set (the message names it)
     */
    public static Expr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(Kind.SYNTAX, "the expression is empty");
        }
        return new Translator().translate(parseTree(text));
    }

    /** The parser's tree of one expression (also used for the amount of an INTERVAL). */
    static Expression parseTree(String text) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(PREFIX + text)
                .withBackslashEscapeCharacter(true)
                .withDoubleQuotedStrings(true);
        Statement statement;
        try {
            statement = parser.Statement();
        } catch (ParseException | TokenMgrException e) {
            throw new ExpressionException(Kind.SYNTAX, "does not parse as MySQL `SELECT <expr>`: " + describe(e.getMessage()));
        }
        if (!(statement instanceof PlainSelect select) || select.getSelectItems().isEmpty()) {
            throw new ExpressionException(Kind.SYNTAX, "is not one expression: write only the expression, as in `c % 2 = 0`");
        }
        if (select.getSelectItems().size() > 1) {
            throw new ExpressionException(Kind.SYNTAX, "has " + select.getSelectItems().size()
                    + " comma-separated expressions: a rule takes one expression (combine conditions with AND / OR)");
        }
        SelectItem<?> item = select.getSelectItems().get(0);
        Expression expression = item.getExpression();
        if (item.getAlias() != null) {
            throw new ExpressionException(Kind.SYNTAX, "has text after the expression `" + expression + "`: '"
                    + item.getAlias().getName() + "' (an alias, or a missing operator?)");
        }
        if (!select.toString().equals(PREFIX + expression) || parser.getToken(1).kind != 0) {
            throw new ExpressionException(Kind.SYNTAX, "has more than an expression: `" + select
                    + "`; write only the expression (no FROM, WHERE or second statement)");
        }
        return expression;
    }

    /** The parser's first message line, with the column counted in the user's text instead of ours. */
    private static String describe(String message) {
        String first = message == null ? "syntax error" : message.split("\n", 2)[0].trim();
        Matcher m = POSITION.matcher(first);
        if (m.find()) {
            int column = Integer.parseInt(m.group(1)) - PREFIX.length();
            first = first.substring(0, m.start()) + "at character " + Math.max(1, column) + first.substring(m.end());
        }
        return first.replace(", in lexical state DEFAULT", "");
    }
}
