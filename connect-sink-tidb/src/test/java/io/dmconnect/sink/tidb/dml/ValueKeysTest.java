package io.dmconnect.sink.tidb.dml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact value equality (compaction's row key, key-change detection) and the injectivity of exact key text. */
class ValueKeysTest {
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(1L, BigInteger.ONE, true),
                Arguments.of(new BigDecimal("1.0"), new BigDecimal("1.00"), true),
                Arguments.of(1L, new BigDecimal("1.0"), true),
                Arguments.of(new BigInteger("18446744073709551615"), -1L, false),
                Arguments.of(true, 1L, true),
                Arguments.of(false, 1L, false),
                Arguments.of(0.0, -0.0, true),
                Arguments.of(new byte[] {1, 2}, new byte[] {1, 2}, true),
                Arguments.of(new byte[] {1, 2}, new byte[] {1, 3}, false),
                Arguments.of("a", "A", false),
                Arguments.of("a", "a ", false),
                Arguments.of(null, null, true),
                Arguments.of(null, 0L, false),
                Arguments.of("1", 1L, false));
    }

    @ParameterizedTest(name = "[{index}] {0} vs {1}")
    @MethodSource("pairs")
    void sameAndExactKeysAgree(Object a, Object b, boolean same) {
        assertThat(ValueKeys.same(a, b)).isEqualTo(same);
        assertThat(exact(Collections.singletonList(a)).equals(exact(Collections.singletonList(b)))).isEqualTo(same);
    }

    static Stream<Arguments> composites() {
        // DM's "a.b" key text collides on these; the exact key must not
        return Stream.of(
                Arguments.of(List.of("1.2", "3"), List.of("1", "2.3")),
                Arguments.of(List.of("a", "bc"), List.of("ab", "c")),
                Arguments.of(List.of("N"), List.of("s1:N")),
                Arguments.of(List.of("x1:a"), List.of("a")));
    }

    @ParameterizedTest(name = "[{index}] {0} vs {1}")
    @MethodSource("composites")
    void exactKeysNeverCollide(List<Object> a, List<Object> b) {
        assertThat(exact(a)).isNotEqualTo(exact(b));
    }

    private static String exact(List<Object> values) {
        StringBuilder key = new StringBuilder();
        values.forEach(v -> ValueKeys.appendExact(key, v));
        return key.toString();
    }
}
