package io.dmconnect.common.rules.event;

import io.dmconnect.common.rules.event.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A small MySQL lexer for what the DDL classifier reads itself: statement heads JSqlParser rejects and column
 * definitions. Comments are skipped; the content of an executable comment {@code /*!50100 ... *}{@code /} is read as
 * SQL, as MySQL executes it.
 */
final class SqlTokenizer {
    private final String sql;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;
    private boolean inVersionComment;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /**
     * The tokens of {@code sql}.
     *
     * @throws IllegalArgumentException for an unterminated quote or comment
     */
    static List<SqlToken> tokenize(String sql) {
        SqlTokenizer lexer = new SqlTokenizer(sql);
        lexer.run();
        return lexer.tokens;
    }

    /** {@code sql} with the markers of executable comments removed, so that a parser reads their content. */
    static String expandVersionComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean inside = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = quoteEnd(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (sql.startsWith("/*!", i)) {
                inside = true;
                i = skipDigits(sql, i + 3);
                out.append(' ');
            } else if (sql.startsWith("/*", i) && !inside) {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (inside && sql.startsWith("*/", i)) {
                inside = false;
                i += 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code `a``b`} → {@code a`b}, {@code "a"} → {@code a}; a bare name is returned as is. */
    static String unquoteIdentifier(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        char q = name.charAt(0);
        if ((q == '`' || q == '"') && name.charAt(name.length() - 1) == q) {
            String doubled = String.valueOf(q) + q;
            return name.substring(1, name.length() - 1).replace(doubled, String.valueOf(q));
        }
        return name;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (!skipComment()) {
                readToken(c);
            }
        }
    }

    private boolean skipComment() {
        if (sql.startsWith("/*!", pos)) {
            inVersionComment = true;
            pos = skipDigits(sql, pos + 3);
        } else if (inVersionComment && sql.startsWith("*/", pos)) {
            inVersionComment = false;
            pos += 2;
        } else if (sql.startsWith("/*", pos)) {
            int end = sql.indexOf("*/", pos + 2);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated comment");
            }
            pos = end + 2;
        } else if (sql.charAt(pos) == '#' || sql.startsWith("--", pos)
                && (pos + 2 == sql.length() || Character.isWhitespace(sql.charAt(pos + 2)))) {
            int end = sql.indexOf('\n', pos);
            pos = end < 0 ? sql.length() : end + 1;
        } else {
            return false;
        }
        return true;
    }

    private void readToken(char c) {
        int start = pos;
        if (c == '`') {
            pos = quoteEnd(sql, pos);
            add(Kind.QUOTED_IDENTIFIER, start, unquoteIdentifier(sql.substring(start, pos)));
        } else if (c == '\'' || c == '"') {
            pos = quoteEnd(sql, pos);
            add(Kind.STRING, start, unescape(sql.substring(start + 1, pos - 1), c));
        } else if (isPrefixedString(c)) {
            pos = quoteEnd(sql, pos + 1);
            add(Kind.STRING, start, sql.substring(start + 2, pos - 1));
        } else if (Character.isDigit(c) && readNumber()) {
            add(Kind.NUMBER, start, sql.substring(start, pos));
        } else if (isWordChar(c)) {
            while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                pos++;
            }
            add(Kind.WORD, start, sql.substring(start, pos));
        } else {
            pos++;
            add(Kind.SYMBOL, start, sql.substring(start, pos));
        }
    }

    /** X'0A', B'01', N'text': a one-letter prefix glued to a string. */
    private boolean isPrefixedString(char c) {
        return "xXbBnN".indexOf(c) >= 0 && pos + 1 < sql.length() && sql.charAt(pos + 1) == '\''
                && (pos == 0 || !isWordChar(sql.charAt(pos - 1)));
    }

    /** Reads 12, 1.5, 1e3, 0x1F; false (position unchanged) when the digits start a name such as 1st_table. */
    private boolean readNumber() {
        int i;
        if (sql.startsWith("0x", pos) || sql.startsWith("0b", pos)) {
            i = pos + 2;
            while (i < sql.length() && Character.digit(sql.charAt(i), 16) >= 0) {
                i++;
            }
        } else {
            i = skipDigits(sql, pos);
            if (i + 1 < sql.length() && sql.charAt(i) == '.' && Character.isDigit(sql.charAt(i + 1))) {
                i = skipDigits(sql, i + 1);
            }
            i = skipExponent(i);
        }
        if (i < sql.length() && isWordChar(sql.charAt(i))) {
            return false;
        }
        pos = i;
        return true;
    }

    private int skipExponent(int i) {
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                return skipDigits(sql, j);
            }
        }
        return i;
    }

    private void add(Kind kind, int start, String value) {
        tokens.add(new SqlToken(kind, sql.substring(start, pos), value, start, pos));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset after the quote that closes the one at {@code open}; doubled quotes and backslash escapes are content. */
    private static int quoteEnd(String s, int open) {
        char q = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && q != '`') {
                i++;
            } else if (c == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("unterminated quote " + q);
    }

    private static String unescape(String content, char quote) {
        StringBuilder out = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\' && i + 1 < content.length()) {
                out.append(escaped(content.charAt(++i)));
            } else if (c == quote && i + 1 < content.length() && content.charAt(i + 1) == quote) {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case 'Z' -> "\u001a";
            case '%', '_' -> "\\" + c; // MySQL keeps the backslash of \% and \_
            default -> String.valueOf(c);
        };
    }
}
