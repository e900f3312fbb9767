package io.dmconnect.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListValuesTest {
    @Test
    void splitsAtCommasOutsideBackquotes() {
        assertThat(ListValues.split(" a , b,,c ")).containsExactly("a", "b", "c");
        assertThat(ListValues.split("`~^x{1,3}$`, y")).containsExactly("`~^x{1,3}$`", "y");
        assertThat(ListValues.split("`my.db`.t*, shop.`a``b,c`")).containsExactly("`my.db`.t*", "shop.`a``b,c`");
        assertThat(ListValues.split(null)).isEmpty();
        assertThat(ListValues.split("  ")).isEmpty();
    }

    @Test
    void unquotesWholeItemsOnly() {
        assertThat(ListValues.unquote("`a,b`")).isEqualTo("a,b");
        assertThat(ListValues.unquote("`x``y`")).isEqualTo("x`y");
        assertThat(ListValues.unquote("`my.db`.t")).isEqualTo("`my.db`.t");
        assertThat(ListValues.unquote("`a`.`b`")).isEqualTo("`a`.`b`"); // two quoted parts, not one quoted item
        assertThat(ListValues.unquote("plain")).isEqualTo("plain");
    }

    @Test
    void namedGroupNames() {
        assertThat(ListValues.names(Map.of("filters", "a, `b c`"), "filters")).containsExactly("a", "b c");
        assertThat(ListValues.names(Map.of(), "filters")).isEmpty();
    }
}
