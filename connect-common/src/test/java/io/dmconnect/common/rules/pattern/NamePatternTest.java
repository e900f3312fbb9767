package io.dmconnect.common.rules.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

    @ParameterizedTest(name = "{0} ~ {1} (case-sensitive={2}) -> {3}")
    @CsvSource({
            "shop,      shop,       false, true",
            "shop,      SHOP,       false, true",
            "shop,      SHOP,       true,  false",
            "Shop,      shop,       false, true",
            "shop_*,    shop_01,    false, true",
            "shop_*,    shop_,      false, true",
            "shop_*,    shop,       false, false",
            "shop_?,    shop_1,     false, true",
            "shop_?,    shop_12,    false, false",
            "t[0-9],    t7,         false, true",
            "t[!0-9],   t7,         false, false",
            "t[!0-9],   tx,         false, true",
            "a.b,       a.b,        false, true",
            "a.b,       axb,        false, false",
            "~^shop_\\d+$, shop_12, false, true",
            "~shop,     my_shop_x,  false, true",
            "~^SHOP,    shop_1,     false, true",
            "~^SHOP,    shop_1,     true,  false",
    })
    void matchesAsDm(String pattern, String name, boolean caseSensitive, boolean expected) {
        assertThat(NamePattern.parse(pattern, caseSensitive).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a*b            | '*' is only allowed as the last character",
            "t[0-9          | has no closing ']'",
            "~(unclosed     | is not a valid regular expression",
            "''             | an empty pattern matches nothing",
    })
    void rejectsMalformedPatternsWithAdvice(String pattern, String message) {
        assertThatThrownBy(() -> NamePattern.parse(pattern, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"~^x"})
    void wildcardOnlyKeysRejectRegex(String pattern) {
        assertThatThrownBy(() -> NamePattern.parse(pattern, false, false)).hasMessageContaining("wildcards only");
    }
}
