package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.value.Collation;

/**
 * A compiled LIKE pattern: {@code %} matches any run of characters, {@code _} exactly one, the escape character
 * (backslash unless ESCAPE says otherwise) makes the next character literal. Case-insensitive collations fold each
 * character; LIKE never ignores trailing spaces (unlike {@code =}). Matching backtracks only to the last {@code %},
 * so it is linear in practice and never exponential.
 */
final class LikePattern {
    private static final int ANY_ONE = -1;
    private static final int ANY_RUN = -2;

    private final int[] tokens;
    private final Collation collation;

    private LikePattern(int[] tokens, Collation collation) {
        this.tokens = tokens;
        this.collation = collation;
    }

    /** The escape character of an ESCAPE clause: exactly one character, or none for ''. */
    static int escapeOf(String escape) {
        if (escape == null) {
            return '\\';
        }
        if (escape.isEmpty()) {
            return -1;
        }
        if (escape.codePointCount(0, escape.length()) != 1) {
            throw ExpressionException.evaluation("Incorrect arguments to ESCAPE: '" + escape + "' is not one character");
        }
        return escape.codePointAt(0);
    }

    static LikePattern compile(String pattern, int escape, Collation collation) {
        int[] cps = pattern.codePoints().toArray();
        int[] tokens = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == escape && i + 1 < cps.length) {
                tokens[n++] = collation.foldCodePoint(cps[++i]);
            } else if (c == '%') {
                if (n == 0 || tokens[n - 1] != ANY_RUN) {
                    tokens[n++] = ANY_RUN;
                }
            } else if (c == '_') {
                tokens[n++] = ANY_ONE;
            } else {
                tokens[n++] = collation.foldCodePoint(c);
            }
        }
        return new LikePattern(java.util.Arrays.copyOf(tokens, n), collation);
    }

    boolean matches(String text) {
        int[] s = text.codePoints().map(collation::foldCodePoint).toArray();
        int si = 0;
        int pi = 0;
        int starPi = -1;
        int starSi = 0;
        while (si < s.length) {
            if (pi < tokens.length && (tokens[pi] == ANY_ONE || tokens[pi] == s[si])) {
                si++;
                pi++;
            } else if (pi < tokens.length && tokens[pi] == ANY_RUN) {
                starPi = pi++;
                starSi = si;
            } else if (starPi >= 0) {
                pi = starPi + 1;
                si = ++starSi;
            } else {
                return false;
            }
        }
        while (pi < tokens.length && tokens[pi] == ANY_RUN) {
            pi++;
        }
        return pi == tokens.length;
    }
}
