package io.dmconnect.common.ddl;

import java.util.List;
import java.util.Locale;

/**
 * A canonical text for an expression (DEFAULT (expr), CHECK, generated columns), so that the same expression
 * compares equal whether it comes from a user's DDL or from {@code SHOW CREATE TABLE} of MariaDB or MySQL: words in
 * lower case, identifiers without quotes, outer parentheses removed, spaces only between operands and operators.
 */
final class ExpressionText {
    private ExpressionText() {
    }

    static String canonical(List<Token> tokens, int from, int to) {
        while (to - from >= 2 && tokens.get(from).isSymbol("(") && closes(tokens, from, to - 1)) {
            from++;
            to--;
        }
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (previous != null && needsSpace(previous, t)) {
                out.append(' ');
            }
            out.append(print(t));
            previous = t;
        }
        return out.toString();
    }

    private static boolean closes(List<Token> tokens, int open, int close) {
        if (!tokens.get(close).isSymbol(")")) {
            return false;
        }
        int depth = 0;
        for (int i = open; i <= close; i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")")) {
                depth--;
                if (depth == 0 && i < close) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static String print(Token t) {
        return switch (t.type()) {
            case WORD -> t.text().toLowerCase(Locale.ROOT);
            case QUOTED_ID -> t.value().toLowerCase(Locale.ROOT);
            case STRING -> TokenText.quoteString(t.value());
            default -> t.text().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean needsSpace(Token previous, Token t) {
        if (t.isSymbol(")") || t.isSymbol(",") || previous.isSymbol("(") || t.isSymbol(".") || previous.isSymbol(".")) {
            return false;
        }
        if (t.isSymbol("(")) {
            return !previous.isIdentifier();
        }
        return true;
    }
}
