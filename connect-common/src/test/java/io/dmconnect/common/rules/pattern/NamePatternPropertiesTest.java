package io.dmconnect.common.rules.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of DM's wildcard syntax, checked on generated names and patterns. Seeds are fixed so that a run is
 * reproducible; change a seed to explore other inputs.
 */
class NamePatternPropertiesTest {
    private static final String NAME_CHARS = "abcxyzABCXYZ019_$";

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> literals() {
        return Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(6);
    }

    @Property(seed = "1")
    void aLiteralMatchesExactlyItselfWhenCaseSensitive(@ForAll("literals") String literal, @ForAll("names") String name) {
        assertThat(NamePattern.parse(literal, true).matches(name)).isEqualTo(literal.equals(name));
        assertThat(NamePattern.parse(literal, true).matches(literal)).isTrue();
    }

    @Property(seed = "2")
    void aLiteralMatchesItsCaseVariantsOnlyWhenCaseInsensitive(@ForAll("literals") String literal, @ForAll long caseMask) {
        String variant = flipCase(literal, caseMask);

        assertThat(NamePattern.parse(literal, false).matches(variant)).isTrue();
        assertThat(NamePattern.parse(literal, true).matches(variant)).isEqualTo(variant.equals(literal));
    }

    @Property(seed = "3")
    void aLiteralIgnoringCaseMatchesNothingButCaseVariants(@ForAll("literals") String literal, @ForAll("names") String name) {
        assertThat(NamePattern.parse(literal, false).matches(name)).isEqualTo(literal.equalsIgnoreCase(name));
    }

    @Property(seed = "4")
    void aTrailingStarMatchesExactlyTheNamesWithThatPrefix(@ForAll("literals") String prefix, @ForAll("names") String tail,
            @ForAll boolean extend) {
        String name = extend ? prefix + tail : tail;

        assertThat(NamePattern.parse(prefix + "*", true).matches(name)).isEqualTo(name.startsWith(prefix));
        assertThat(NamePattern.parse(prefix + "*", false).matches(name))
                .isEqualTo(name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)));
    }

    @Property(seed = "5")
    void questionMarksMatchExactlyThatManyCharacters(@ForAll @IntRange(min = 1, max = 6) int count,
            @ForAll("names") String name) {
        assertThat(NamePattern.parse("?".repeat(count), true).matches(name)).isEqualTo(name.length() == count);
    }

    @Property(seed = "6")
    void aQuestionMarkAfterALiteralMatchesOneMoreCharacter(@ForAll("literals") String prefix, @ForAll("names") String tail,
            @ForAll boolean extend) {
        String name = extend ? prefix + tail : tail;

        assertThat(NamePattern.parse(prefix + "?", true).matches(name))
                .isEqualTo(name.length() == prefix.length() + 1 && name.startsWith(prefix));
    }

    @Provide
    Arbitrary<String> classBodies() {
        Arbitrary<String> element = Arbitraries.of("a", "b", "x", "0", "9", "_", "$", "a-c", "x-z", "0-5", "A-C", "X");
        return element.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
    }

    @Property(seed = "7")
    void aNegatedClassIsTheComplementOfItsClass(@ForAll("classBodies") String body, @ForAll char c,
            @ForAll boolean caseSensitive) {
        String name = String.valueOf(NAME_CHARS.charAt(Math.floorMod(c, NAME_CHARS.length())));
        boolean in = NamePattern.parse("[" + body + "]", caseSensitive).matches(name);
        boolean out = NamePattern.parse("[!" + body + "]", caseSensitive).matches(name);

        assertThat(in).isNotEqualTo(out);
        assertThat(in).isEqualTo(Reference.inClass(body, name.charAt(0), caseSensitive));
    }

    @Property(seed = "8")
    void aClassNeverMatchesZeroOrTwoCharacters(@ForAll("classBodies") String body, @ForAll boolean negated) {
        NamePattern p = NamePattern.parse("[" + (negated ? "!" : "") + body + "]", true);

        assertThat(p.matches("")).isFalse();
        assertThat(p.matches("aa")).isFalse();
        assertThat(p.matches("$$")).isFalse();
    }

    @Provide
    Arbitrary<String> wildcards() {
        Arbitrary<String> token = Arbitraries.of("a", "b", "A", "B", "_", "?", "[ab]", "[!a]", "[a-b]", "[!A-B]", "[_b]");
        return Combinators.combine(token.list().ofMinSize(0).ofMaxSize(5), Arbitraries.of(true, false))
                .as((tokens, star) -> String.join("", tokens) + (star ? "*" : ""))
                .filter(p -> !p.isEmpty());
    }

    @Provide
    Arbitrary<String> shortNames() {
        return Arbitraries.strings().withChars("abcAB_").ofMinLength(0).ofMaxLength(6);
    }

    @Property(seed = "9", tries = 3000)
    void wildcardsAgreeWithAnIndependentReferenceMatcher(@ForAll("wildcards") String pattern,
            @ForAll("shortNames") String name, @ForAll boolean caseSensitive) {
        boolean expected = Reference.matches(pattern, name, caseSensitive);
        // both outcomes must be well represented, or agreement would prove little
        Statistics.label("reference matches").collect(expected);
        Statistics.label("reference matches").coverage(c -> c.check(true).percentage(p -> p > 5));

        assertThat(NamePattern.parse(pattern, caseSensitive).matches(name))
                .as("%s ~ %s (case-sensitive %s)", pattern, name, caseSensitive)
                .isEqualTo(expected);
    }

    @Property(seed = "10")
    void aStarAnywhereButLastIsRejected(@ForAll("literals") String before, @ForAll("literals") String after) {
        assertThatThrownBy(() -> NamePattern.parse(before + "*" + after, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only allowed as the last character");
    }

    @Property(seed = "11")
    void aRegexIsUnanchored(@ForAll("literals") String needle, @ForAll("names") String around, @ForAll boolean embed) {
        String name = embed ? around + needle + around : around;

        assertThat(NamePattern.parse("~" + needle.replace("$", "\\$"), true).matches(name)).isEqualTo(name.contains(needle));
        assertThat(NamePattern.parse("~^" + needle.replace("$", "\\$") + "$", true).matches(name))
                .isEqualTo(name.equals(needle));
    }

    private static String flipCase(String s, long mask) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean flip = ((mask >>> (i % 64)) & 1) == 1;
            out.append(!flip ? c : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** A glob matcher written from DM's description, sharing no code with {@link NamePattern}. */
    static final class Reference {
        private Reference() {
        }

        static boolean matches(String pattern, String name, boolean caseSensitive) {
            boolean star = pattern.endsWith("*");
            List<String> tokens = tokens(star ? pattern.substring(0, pattern.length() - 1) : pattern);
            if (star ? name.length() < tokens.size() : name.length() != tokens.size()) {
                return false;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokenMatches(tokens.get(i), name.charAt(i), caseSensitive)) {
                    return false;
                }
            }
            return true;
        }

        static boolean inClass(String body, char c, boolean caseSensitive) {
            for (int i = 0; i < body.length(); i++) {
                char lo = body.charAt(i);
                char hi = lo;
                if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                    hi = body.charAt(i + 2);
                    i += 2;
                }
                if (between(lo, c, hi) || !caseSensitive
                        && (between(lo, Character.toLowerCase(c), hi) || between(lo, Character.toUpperCase(c), hi))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean between(char lo, char c, char hi) {
            return lo <= c && c <= hi;
        }

        private static List<String> tokens(String pattern) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < pattern.length(); i++) {
                if (pattern.charAt(i) == '[') {
                    int close = pattern.indexOf(']', i);
                    tokens.add(pattern.substring(i, close + 1));
                    i = close;
                } else {
                    tokens.add(String.valueOf(pattern.charAt(i)));
                }
            }
            return tokens;
        }

        private static boolean tokenMatches(String token, char c, boolean caseSensitive) {
            if (token.equals("?")) {
                return true;
            }
            if (token.startsWith("[!")) {
                return !inClass(token.substring(2, token.length() - 1), c, caseSensitive);
            }
            if (token.startsWith("[")) {
                return inClass(token.substring(1, token.length() - 1), c, caseSensitive);
            }
            char t = token.charAt(0);
            return caseSensitive ? t == c : Character.toLowerCase(t) == Character.toLowerCase(c);
        }
    }
}
