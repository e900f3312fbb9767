package io.dmconnect.common.ddl;

import java.util.Locale;

/**
 * One lexical token of a SQL statement.
 *
 * @param type        what kind of token
 * @param text        the token exactly as written
 * @param value       identifiers: the name without quotes; strings: the unescaped content; otherwise the text
 * @param start       offset of the first character in the statement
 * @param spaceBefore whitespace or a comment separates it from the previous token (keeps printed SQL readable and
 *                    never glues two words together)
 */
record Token(Type type, String text, String value, int start, boolean spaceBefore) {
    /** Token kinds; {@code WORD} covers keywords and unquoted identifiers alike. */
    enum Type { WORD, QUOTED_ID, STRING, NUMBER, HEX, BIT, VARIABLE, SYMBOL, EOF }

    boolean isWord(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && text.equals(symbol);
    }

    /** An identifier: unquoted word or quoted name. */
    boolean isIdentifier() {
        return type == Type.WORD || type == Type.QUOTED_ID;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
