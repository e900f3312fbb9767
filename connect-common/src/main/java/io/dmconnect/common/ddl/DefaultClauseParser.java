package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import java.util.List;

/**
 * Reads the value of a DEFAULT (or ON UPDATE) clause: a literal, a signed number, NULL, TRUE/FALSE, a
 * charset-introduced or typed string ({@code _utf8mb4'x'}, {@code DATE '2020-01-01'}), a parenthesised expression,
 * a function call or a bare function word ({@code CURRENT_TIMESTAMP}), or MariaDB's {@code NEXT VALUE FOR seq}.
 */
final class DefaultClauseParser {
    private DefaultClauseParser() {
    }

    /** The canonical default for {@code column} of a DEFAULT value written as SQL ({@code 'x'}, {@code 5}, ...). */
    static String canonicalFor(String sql, ColumnDef column) {
        List<Token> tokens = SqlLexer.tokenize(sql, SqlMode.DEFAULT, ServerFlavor.MARIADB_10_11);
        DefaultValues.Literal literal = parse(new TokenCursor(sql, tokens, ""));
        ColumnType type = new ColumnType(column.dataType(), column.length(), column.precision(), column.scale(),
                null, column.unsigned(), false, column.charset(), column.collation(), column.elements(), false);
        return DefaultValues.canonical(literal, type);
    }

    static DefaultValues.Literal parse(TokenCursor c) {
        int from = c.index();
        DefaultValues.Literal literal = literal(c);
        return literal != null ? literal : new DefaultValues.Literal(DefaultValues.Literal.Kind.EXPRESSION,
                ExpressionText.canonical(c.tokens(), from, c.index()));
    }

    /** A literal value, or null after skipping an expression. */
    private static DefaultValues.Literal literal(TokenCursor c) {
        Token t = c.peek();
        if (t.isSymbol("(")) {
            c.skipParenthesized();
            return null;
        }
        if ((t.isSymbol("-") || t.isSymbol("+")) && c.peek(1).type() == Token.Type.NUMBER) {
            c.next();
            return of(DefaultValues.Literal.Kind.NUMBER, (t.isSymbol("-") ? "-" : "") + c.next().text());
        }
        return switch (t.type()) {
            case NUMBER -> of(DefaultValues.Literal.Kind.NUMBER, c.next().text());
            case STRING -> of(DefaultValues.Literal.Kind.STRING, strings(c));
            case HEX -> of(DefaultValues.Literal.Kind.HEX, c.next().value());
            case BIT -> of(DefaultValues.Literal.Kind.BIT, c.next().value());
            case WORD -> word(c, t);
            default -> throw c.error("expected a default value");
        };
    }

    private static DefaultValues.Literal word(TokenCursor c, Token t) {
        String word = t.upper();
        if (word.equals("NULL")) {
            c.next();
            return of(DefaultValues.Literal.Kind.NULL, null);
        }
        if (word.equals("TRUE") || word.equals("FALSE")) {
            c.next();
            return of(DefaultValues.Literal.Kind.NUMBER, word.equals("TRUE") ? "1" : "0");
        }
        boolean introducer = word.startsWith("_");
        boolean typed = word.equals("DATE") || word.equals("TIME") || word.equals("TIMESTAMP");
        if ((introducer || typed) && c.peek(1).type() == Token.Type.STRING) {
            c.next();
            return of(DefaultValues.Literal.Kind.STRING, strings(c));
        }
        if (c.accept("NEXT", "VALUE", "FOR")) {
            c.tableName();
            return null;
        }
        c.next();
        if (c.atSymbol("(")) {
            c.skipParenthesized();
        }
        return null;
    }

    /** Adjacent string literals are one string. */
    private static String strings(TokenCursor c) {
        StringBuilder value = new StringBuilder(c.next().value());
        while (c.peek().type() == Token.Type.STRING) {
            value.append(c.next().value());
        }
        return value.toString();
    }

    private static DefaultValues.Literal of(DefaultValues.Literal.Kind kind, String text) {
        return new DefaultValues.Literal(kind, text);
    }
}
