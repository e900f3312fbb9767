package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterActionTest {

    @ParameterizedTest
    @CsvSource({"Do, DO", "do, DO", "IGNORE, IGNORE", " Ignore , IGNORE", "error, ERROR", "Error, ERROR"})
    void parsesCaseInsensitively(String text, FilterAction expected) {
        assertThat(FilterAction.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"allow", "skip", "''"})
    void rejectsOtherWordsNamingTheValidOnes(String text) {
        assertThatThrownBy(() -> FilterAction.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Do, Ignore, Error");
    }
}
