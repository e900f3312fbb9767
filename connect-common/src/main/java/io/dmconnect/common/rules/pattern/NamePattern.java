package io.dmconnect.common.rules.pattern;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A schema or table name pattern as DM writes them: a value starting with {@code ~} is a regular expression,
 * matched unanchored (DM uses Go's {@code MatchString}: add {@code ^}/{@code $} yourself); anything else is a
 * wildcard with {@code *} (any run of characters, only as the last character), {@code ?} (exactly one character)
 * and {@code [a-z]} / {@code [!a-z]} classes.
 *
 * <p>Case-insensitive patterns (DM's default, {@code case.sensitive=false}) lower-case the wildcard and compile
 * the regex with {@link Pattern#CASE_INSENSITIVE}; names are compared the same way.
 */
public sealed interface NamePattern permits NamePattern.Wildcard, NamePattern.Regex {

    /** The pattern as the user wrote it. */
    String source();

    boolean matches(String name);

    /**
     * Parses one pattern; {@code allowRegex=false} is for DM's binlog event filter, whose patterns are wildcards only.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and how to write it
     */
    static NamePattern parse(String text, boolean caseSensitive, boolean allowRegex) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("an empty pattern matches nothing: write a name, a wildcard such as shop_* or a ~regex");
        }
        if (text.startsWith("~")) {
            if (!allowRegex) {
                throw new IllegalArgumentException("'" + text + "': this key takes wildcards only (*, ?, [a-z]), not ~regex");
            }
            return Regex.compile(text, caseSensitive);
        }
        return Wildcard.compile(text, caseSensitive);
    }

    static NamePattern parse(String text, boolean caseSensitive) {
        return parse(text, caseSensitive, true);
    }

    /** A wildcard pattern, translated once into an anchored regular expression. */
    record Wildcard(String source, Pattern compiled, String literal, boolean caseSensitive) implements NamePattern {
        static Wildcard compile(String text, boolean caseSensitive) {
            int star = text.indexOf('*');
            if (star >= 0 && star != text.length() - 1) {
                throw new IllegalArgumentException("'" + text + "': '*' is only allowed as the last character (DM's wildcard rule); "
                        + "use ~regex for anything else");
            }
            String body = caseSensitive ? text : text.toLowerCase(Locale.ROOT);
            boolean plain = body.chars().noneMatch(c -> c == '*' || c == '?' || c == '[');
            if (plain) {
                return new Wildcard(text, null, body, caseSensitive); // the common case: an exact name, compared without a regex
            }
            int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new Wildcard(text, Pattern.compile(toRegex(text), flags), null, caseSensitive);
        }

        private static String toRegex(String wildcard) {
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < wildcard.length(); i++) {
                char c = wildcard.charAt(i);
                switch (c) {
                    case '*' -> re.append(".*");
                    case '?' -> re.append('.');
                    case '[' -> i = appendClass(wildcard, i, re);
                    default -> re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return re.toString();
        }

        /** Copies a {@code [..]} class ({@code [!..]} negates) and returns the index of its closing bracket. */
        private static int appendClass(String wildcard, int open, StringBuilder re) {
            int close = wildcard.indexOf(']', open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("'" + wildcard + "': '[' at position " + (open + 1) + " has no closing ']'");
            }
            String body = wildcard.substring(open + 1, close);
            boolean negated = body.startsWith("!");
            if (negated) {
                body = body.substring(1);
            }
            if (body.isEmpty()) {
                throw new IllegalArgumentException("'" + wildcard + "': empty character class");
            }
            re.append('[').append(negated ? "^" : "").append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
            return close;
        }

        @Override
        public boolean matches(String name) {
            if (compiled == null) {
                return caseSensitive ? literal.equals(name) : literal.equalsIgnoreCase(name);
            }
            return compiled.matcher(name).matches();
        }
    }

    /** A {@code ~regex} pattern, unanchored. */
    record Regex(String source, Pattern compiled) implements NamePattern {
        static Regex compile(String text, boolean caseSensitive) {
            try {
                int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                return new Regex(text, Pattern.compile(text.substring(1), flags));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + text + "' is not a valid regular expression: " + e.getDescription());
            }
        }

        @Override
        public boolean matches(String name) {
            return compiled.matcher(name).find();
        }
    }
}
