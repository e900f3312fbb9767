package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A read position in a token list, with the look-ahead the DDL readers need. */
final class TokenCursor {
    private final List<SqlToken> tokens;
    private int pos;

    TokenCursor(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    SqlToken peek() {
        return peek(0);
    }

    SqlToken peek(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
    }

    /** The next token, or null at the end. */
    SqlToken next() {
        return atEnd() ? null : tokens.get(pos++);
    }

    /**
     * The next token.
     *
     * @throws IllegalArgumentException at the end
     */
    SqlToken required() {
        SqlToken token = next();
        if (token == null) {
            throw new IllegalArgumentException("statement ends too early");
        }
        return token;
    }

    boolean peekWord(String word) {
        return peek() != null && peek().is(word);
    }

    boolean peekSymbol(char c) {
        return peek() != null && peek().isSymbol(c);
    }

    /** Consumes the next token when it is this keyword. */
    boolean accept(String word) {
        if (peekWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the keywords when they all come next, in order; consumes nothing otherwise. */
    boolean acceptAll(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (peek(i) == null || !peek(i).is(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(char c) {
        if (peekSymbol(c)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips a balanced parenthesised group if one comes next. */
    void skipGroup() {
        if (!acceptSymbol('(')) {
            return;
        }
        int depth = 1;
        while (depth > 0 && !atEnd()) {
            SqlToken t = next();
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
        }
    }

    /** Reads {@code name} or {@code schema.name}; the schema defaults to {@code defaultSchema}. */
    Optional<TableId> qualifiedName(String defaultSchema) {
        SqlToken first = peek();
        if (first == null || !first.isIdentifier()) {
            return Optional.empty();
        }
        next();
        if (peekSymbol('.') && peek(1) != null && peek(1).isIdentifier()) {
            next();
            return Optional.of(new TableId(first.value(), next().value()));
        }
        return Optional.of(new TableId(defaultSchema, first.value()));
    }

    /** The remaining tokens split at commas outside parentheses. */
    List<List<SqlToken>> splitRest() {
        List<List<SqlToken>> parts = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = next();
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth == 0 && t.isSymbol(',')) {
                parts.add(current);
                current = new ArrayList<>();
            } else if (!(depth == 0 && t.isSymbol(';'))) {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The tokens not read yet. */
    List<SqlToken> rest() {
        return tokens.subList(Math.min(pos, tokens.size()), tokens.size());
    }
}
