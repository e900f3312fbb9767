package io.dmconnect.common.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL/MariaDB statement into tokens. Comments disappear (they only mark a word boundary); executable
 * comments {@code /*!NNNNN ... *}{@code /} and MariaDB's {@code /*M!NNNNNN ... *}{@code /} are unwrapped when the
 * server would execute them (version not above the flavor's; {@code /*M!} only on MariaDB), else dropped like
 * comments. String and identifier quoting follow the session's {@link SqlMode}.
 */
final class SqlLexer {
    private static final String[] MULTI_CHAR_SYMBOLS = {"<=>", "->>", "<=", ">=", "<>", "!=", ":=", "||", "&&",
        "<<", ">>", "->"};

    private final String sql;
    private final SqlMode mode;
    private final ServerFlavor flavor;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private boolean inExecutableComment;
    private boolean space;

    private SqlLexer(String sql, SqlMode mode, ServerFlavor flavor) {
        this.sql = sql;
        this.mode = mode;
        this.flavor = flavor;
    }

    /** Every token of {@code sql}, ending with one {@code EOF} token. */
    static List<Token> tokenize(String sql, SqlMode mode, ServerFlavor flavor) {
        SqlLexer lexer = new SqlLexer(sql, mode, flavor);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                tokens.add(new Token(Token.Type.EOF, "", "", sql.length(), true));
                return;
            }
            int start = pos;
            Token token = next(start);
            tokens.add(token);
            space = false;
        }
    }

    private Token next(int start) {
        char c = sql.charAt(pos);
        char n = pos + 1 < sql.length() ? sql.charAt(pos + 1) : '\0';
        if (c == '`' || (c == '"' && mode.ansiQuotes())) {
            return quotedIdentifier(start, c);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        if ((c == 'x' || c == 'X') && n == '\'') {
            return prefixedLiteral(start, Token.Type.HEX);
        }
        if ((c == 'b' || c == 'B') && n == '\'') {
            return prefixedLiteral(start, Token.Type.BIT);
        }
        if ((c == 'n' || c == 'N') && n == '\'') {
            pos++;
            Token s = string(start + 1, '\'');
            return new Token(Token.Type.STRING, sql.substring(start, pos), s.value(), start, space);
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(n) && !afterName())) {
            return number(start);
        }
        if (isIdentifierChar(c)) {
            while (pos < sql.length() && isIdentifierChar(sql.charAt(pos))) {
                pos++;
            }
            String text = sql.substring(start, pos);
            return new Token(Token.Type.WORD, text, text, start, space);
        }
        if (c == '@') {
            return variable(start);
        }
        for (String symbol : MULTI_CHAR_SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return new Token(Token.Type.SYMBOL, symbol, symbol, start, space);
            }
        }
        pos++;
        String text = String.valueOf(c);
        return new Token(Token.Type.SYMBOL, text, text, start, space);
    }

    private boolean afterName() {
        if (tokens.isEmpty() || space) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.isIdentifier() || last.isSymbol(")");
    }

    static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private Token quotedIdentifier(int start, char quote) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw new DdlSyntaxException("unterminated quoted identifier", start);
            }
            char c = sql.charAt(pos++);
            if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    value.append(quote);
                    pos++;
                    continue;
                }
                return new Token(Token.Type.QUOTED_ID, sql.substring(start, pos), value.toString(), start, space);
            }
            value.append(c);
        }
    }

    private Token string(int start, char quote) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw new DdlSyntaxException("unterminated string literal", start);
            }
            char c = sql.charAt(pos++);
            if (c == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    value.append(quote);
                    pos++;
                    continue;
                }
                return new Token(Token.Type.STRING, sql.substring(start, pos), value.toString(), start, space);
            }
            if (c == '\\' && !mode.noBackslashEscapes() && pos < sql.length()) {
                value.append(unescape(sql.charAt(pos++)));
                continue;
            }
            value.append(c);
        }
    }

    private static String unescape(char c) {
        return switch (c) {
            case '0' -> "\0";
            case 'b' -> "\b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'Z' -> "\u001a";
            case '%', '_' -> "\\" + c; // kept escaped: they only matter to LIKE
            default -> String.valueOf(c);
        };
    }

    private Token prefixedLiteral(int start, Token.Type type) {
        pos += 2;
        int close = sql.indexOf('\'', pos);
        if (close < 0) {
            throw new DdlSyntaxException("unterminated " + (type == Token.Type.HEX ? "hex" : "bit") + " literal", start);
        }
        pos = close + 1;
        return new Token(type, sql.substring(start, pos), sql.substring(start + 2, close), start, space);
    }

    private Token number(int start) {
        if (sql.charAt(pos) == '0' && pos + 1 < sql.length() && "xXbB".indexOf(sql.charAt(pos + 1)) >= 0) {
            Token radix = radixNumber(start);
            if (radix != null) {
                return radix;
            }
        }
        boolean fraction = false;
        while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || (sql.charAt(pos) == '.' && !fraction))) {
            fraction |= sql.charAt(pos) == '.';
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E') && exponentFollows()) {
            pos++;
            if (sql.charAt(pos) == '+' || sql.charAt(pos) == '-') {
                pos++;
            }
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
        } else if (!fraction && pos < sql.length() && isIdentifierChar(sql.charAt(pos))) {
            // 1abc is an identifier in MySQL
            while (pos < sql.length() && isIdentifierChar(sql.charAt(pos))) {
                pos++;
            }
            String text = sql.substring(start, pos);
            return new Token(Token.Type.WORD, text, text, start, space);
        }
        String text = sql.substring(start, pos);
        return new Token(Token.Type.NUMBER, text, text, start, space);
    }

    private boolean exponentFollows() {
        int p = pos + 1;
        if (p < sql.length() && (sql.charAt(p) == '+' || sql.charAt(p) == '-')) {
            p++;
        }
        return p < sql.length() && Character.isDigit(sql.charAt(p));
    }

    private Token radixNumber(int start) {
        boolean hex = sql.charAt(pos + 1) == 'x' || sql.charAt(pos + 1) == 'X';
        int p = pos + 2;
        while (p < sql.length() && (hex ? Character.digit(sql.charAt(p), 16) >= 0 : "01".indexOf(sql.charAt(p)) >= 0)) {
            p++;
        }
        if (p == pos + 2 || (p < sql.length() && isIdentifierChar(sql.charAt(p)))) {
            return null;
        }
        pos = p;
        return new Token(hex ? Token.Type.HEX : Token.Type.BIT, sql.substring(start, p), sql.substring(start + 2, p),
                start, space);
    }

    private Token variable(int start) {
        pos++;
        if (pos < sql.length() && sql.charAt(pos) == '@') {
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == '`' || sql.charAt(pos) == '\'' || sql.charAt(pos) == '"')) {
            char q = sql.charAt(pos);
            Token quoted = q == '`' ? quotedIdentifier(pos, q) : string(pos, q);
            return new Token(Token.Type.VARIABLE, sql.substring(start, pos), quoted.value(), start, space);
        }
        while (pos < sql.length() && (isIdentifierChar(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        String text = sql.substring(start, pos);
        return new Token(Token.Type.VARIABLE, text, text, start, space);
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                space = true;
            } else if (inExecutableComment && sql.startsWith("*/", pos)) {
                inExecutableComment = false;
                pos += 2;
                space = true;
            } else if (sql.startsWith("/*", pos)) {
                blockComment();
                space = true;
            } else if (c == '#' || (sql.startsWith("--", pos) && (pos + 2 >= sql.length()
                    || Character.isWhitespace(sql.charAt(pos + 2)) || Character.isISOControl(sql.charAt(pos + 2))))) {
                int eol = sql.indexOf('\n', pos);
                pos = eol < 0 ? sql.length() : eol + 1;
                space = true;
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int start = pos;
        boolean mariaOnly = sql.startsWith("/*M!", pos);
        if ((sql.startsWith("/*!", pos) || mariaOnly) && !inExecutableComment) {
            pos += mariaOnly ? 4 : 3;
            long version = versionDigits();
            boolean runs = (!mariaOnly || flavor.isMariaDb())
                    && (version == 0 || flavor.version() == 0 || version <= flavor.version());
            if (runs) {
                inExecutableComment = true;
                return;
            }
        }
        int close = sql.indexOf("*/", Math.max(pos, start + 2));
        if (close < 0) {
            throw new DdlSyntaxException("unterminated comment", start);
        }
        pos = close + 2;
    }

    /** The version number after {@code /*!}: five digits, or six on MariaDB (its versions are 10xxxx). */
    private long versionDigits() {
        int digits = 0;
        while (pos + digits < sql.length() && Character.isDigit(sql.charAt(pos + digits)) && digits < 6) {
            digits++;
        }
        int take = digits >= 6 && flavor.isMariaDb() ? 6 : digits >= 5 ? 5 : 0;
        if (take == 0) {
            return 0;
        }
        long version = Long.parseLong(sql.substring(pos, pos + take));
        pos += take;
        return version;
    }
}
