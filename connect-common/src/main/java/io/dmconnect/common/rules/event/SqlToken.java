package io.dmconnect.common.rules.event;

/**
 * One lexical token of a MySQL statement.
 *
 * @param kind  what it is
 * @param text  the token as written
 * @param value for quoted identifiers and strings the content without quotes and escapes, else the text
 * @param start offset of the first character in the statement
 * @param end   offset after the last character
 */
record SqlToken(Kind kind, String text, String value, int start, int end) {
    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL }

    /** A bare word equal to {@code keyword}, ignoring case. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }
}
