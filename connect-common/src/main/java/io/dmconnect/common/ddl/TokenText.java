package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.List;

/**
 * Prints tokens back as SQL for the server's default sql_mode: identifiers in backquotes, strings in single quotes
 * with backslash escapes, one space wherever the original had whitespace or a comment. Printing from tokens rather
 * than copying text drops comments and works whatever the upstream's ANSI_QUOTES / NO_BACKSLASH_ESCAPES was.
 */
final class TokenText {
    private TokenText() {
    }

    static String render(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.EOF) {
                break;
            }
            if (i > from && t.spaceBefore()) {
                out.append(' ');
            }
            out.append(print(t));
        }
        return out.toString();
    }

    static String print(Token t) {
        return switch (t.type()) {
            case QUOTED_ID -> TableId.quote(t.value());
            case STRING -> quoteString(t.value());
            default -> t.text();
        };
    }

    /** A string literal that reads back as {@code value} in the default sql_mode. */
    static String quoteString(String value) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> {
                    // \% and \_ were kept escaped by the lexer and must stay a two-character escape
                    boolean likeEscape = i + 1 < value.length() && (value.charAt(i + 1) == '%' || value.charAt(i + 1) == '_');
                    out.append(likeEscape ? "\\" : "\\\\");
                }
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
