package io.dmconnect.sink.tidb.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL as {@code SingleDdl.sql()} prints it (no comments, identifiers in backquotes, strings in single
 * quotes with backslash escapes) into tokens with their offsets and parenthesis depth, so a DDL can be edited at
 * exact places (insert a COLLATE, drop an IF EXISTS) without re-printing it.
 */
final class SqlScanner {
    /** Token kinds: words (keywords and bare names), backquoted names, strings, symbols. */
    enum Kind { WORD, QUOTED, STRING, SYMBOL }

    /**
     * @param kind  what it is
     * @param text  the token as written
     * @param start offset of its first character
     * @param end   offset after its last character
     * @param depth parentheses open before it (an opening parenthesis has the depth outside it)
     */
    record Tok(Kind kind, String text, int start, int end, int depth) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** A name: a bare word or a backquoted name, unquoted. */
        String name() {
            return kind == Kind.QUOTED ? text.substring(1, text.length() - 1).replace("``", "`") : text;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlScanner() {
    }

    static List<Tok> scan(String sql) {
        List<Tok> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            Kind kind;
            if (c == '`') {
                end = closeQuote(sql, i, '`');
                kind = Kind.QUOTED;
            } else if (c == '\'' || c == '"') {
                end = closeQuote(sql, i, c);
                kind = Kind.STRING;
            } else if (isWordChar(c)) {
                end = i;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                kind = Kind.WORD;
            } else {
                end = i + 1;
                kind = Kind.SYMBOL;
            }
            if (c == ')') {
                depth--;
            }
            out.add(new Tok(kind, sql.substring(i, end), i, end, depth));
            if (c == '(') {
                depth++;
            }
            i = end;
        }
        return out;
    }

    /** Index of the token that closes the parenthesis at {@code open}, or -1. */
    static int closing(List<Tok> toks, int open) {
        for (int i = open + 1; i < toks.size(); i++) {
            if (toks.get(i).isSymbol(")") && toks.get(i).depth() == toks.get(open).depth()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** End offset of a quoted token; doubled quotes and (in strings) backslash escapes stay inside. */
    private static int closeQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
