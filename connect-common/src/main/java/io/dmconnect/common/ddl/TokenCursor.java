package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.List;

/**
 * A position in one statement's tokens, with the small vocabulary the grammar classes share: look ahead, accept a
 * keyword sequence, read names, skip parenthesised text, and fail with a message that points at the text.
 */
final class TokenCursor {
    /** A table name as written, with the token range it occupies (so printing can replace it). */
    record TableRef(TableId id, int from, int to) {
    }

    private final String sql;
    private final List<Token> tokens;
    private final String defaultSchema;
    private int index;

    TokenCursor(String sql, List<Token> tokens, String defaultSchema) {
        this.sql = sql;
        this.tokens = tokens;
        this.defaultSchema = defaultSchema == null ? "" : defaultSchema;
    }

    String defaultSchema() {
        return defaultSchema;
    }

    List<Token> tokens() {
        return tokens;
    }

    int index() {
        return index;
    }

    void reset(int to) {
        index = to;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.type() != Token.Type.EOF) {
            index++;
        }
        return t;
    }

    boolean atEnd() {
        return peek().type() == Token.Type.EOF;
    }

    /** The next tokens are these words (case-insensitive); nothing is consumed. */
    boolean at(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the words if they all come next. */
    boolean accept(String... words) {
        if (!at(words)) {
            return false;
        }
        index += words.length;
        return true;
    }

    /** Consumes the first of these words that comes next, or returns null. */
    String acceptAny(String... words) {
        for (String w : words) {
            if (peek().isWord(w)) {
                index++;
                return w;
            }
        }
        return null;
    }

    void expect(String... words) {
        for (String w : words) {
            if (!peek().isWord(w)) {
                throw error("expected " + w);
            }
            index++;
        }
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw error("expected '" + symbol + "'");
        }
    }

    /** An unquoted or quoted identifier. */
    String identifier(String what) {
        Token t = peek();
        if (!t.isIdentifier()) {
            throw error("expected " + what);
        }
        index++;
        return t.value();
    }

    /** {@code [schema.]name}; an unqualified name gets the default schema. */
    TableRef tableName() {
        return tableName(defaultSchema);
    }

    /** {@code [schema.]name}; an unqualified name gets {@code schemaIfUnqualified}. */
    TableRef tableName(String schemaIfUnqualified) {
        int from = index;
        String first = identifier("a table name");
        if (atSymbol(".") && peek(1).isIdentifier()) {
            index++;
            String table = identifier("a table name");
            return new TableRef(new TableId(first, table), from, index);
        }
        return new TableRef(new TableId(schemaIfUnqualified, first), from, index);
    }

    /** At {@code (}: skips to just after the matching {@code )}. */
    void skipParenthesized() {
        int open = index;
        expectSymbol("(");
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            if (t.type() == Token.Type.EOF) {
                index = open;
                throw error("unbalanced parenthesis");
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
        }
    }

    /** Skips one expression-ish item: a parenthesised group or a single token. */
    void skipItem() {
        if (atSymbol("(")) {
            skipParenthesized();
        } else {
            next();
        }
    }

    /** The tokens [from, to) as canonical SQL text. */
    String text(int from, int to) {
        return TokenText.render(tokens, from, to);
    }

    DdlSyntaxException error(String expected) {
        Token t = peek();
        String near = t.type() == Token.Type.EOF ? "the end of the statement"
                : "'" + excerpt(t.start()) + "'";
        return new DdlSyntaxException(expected + " near " + near + " (offset " + t.start() + ")", t.start());
    }

    private String excerpt(int from) {
        String rest = sql.substring(from);
        return rest.length() > 40 ? rest.substring(0, 40) + "..." : rest;
    }
}
