package io.dmconnect.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineTest {

    static Stream<Arguments> goodLines() {
        return Stream.of(
                Arguments.of(new String[] {}, Map.of(), false),
                Arguments.of(new String[] {"--rows", "50000"}, Map.of("rows", "50000"), false),
                Arguments.of(new String[] {"--rows=50000"}, Map.of("rows", "50000"), false),
                // '=' form keeps an empty value and values that contain '='
                Arguments.of(new String[] {"--report.file=", "--a=b=c"}, Map.of("report.file", "", "a", "b=c"), false),
                Arguments.of(new String[] {"--sinks", "dm-connect,debezium-jdbc", "--help"},
                        Map.of("sinks", "dm-connect,debezium-jdbc"), true),
                Arguments.of(new String[] {"-h"}, Map.of(), true));
    }

    @ParameterizedTest
    @MethodSource("goodLines")
    void argumentsBecomeOptions(String[] args, Map<String, String> options, boolean help) {
        assertThat(CommandLine.parse(args)).isEqualTo(new CommandLine(options, help));
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of(new String[] {"50000"}, List.of(notAnOption("50000"))),
                // a single dash is no option, so its value is a stray argument too
                Arguments.of(new String[] {"-rows", "1"}, List.of(notAnOption("-rows"), notAnOption("1"))),
                Arguments.of(new String[] {"--"}, List.of(notAnOption("--"))),
                // a value that starts with -- is taken for the next option
                Arguments.of(new String[] {"--rows", "--sinks", "x"},
                        List.of(new ConfigProblem("rows", "has no value: write --rows <value>"))),
                Arguments.of(new String[] {"--rows"}, List.of(new ConfigProblem("rows", "has no value: write --rows <value>"))),
                Arguments.of(new String[] {"--rows", "1", "--rows=2"},
                        List.of(new ConfigProblem("rows", "is given twice: give it once"))));
    }

    private static ConfigProblem notAnOption(String arg) {
        return new ConfigProblem(arg, "is not an option: write --key value, e.g. --rows 50000");
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void aMalformedArgumentIsAProblemOnItsKey(String[] args, List<ConfigProblem> problems) {
        assertThat(catchThrowableOfType(InvalidConfigException.class, () -> CommandLine.parse(args)).problems())
                .isEqualTo(problems);
    }

    @Test
    void everyMalformedArgumentIsReported() {
        assertThat(catchThrowableOfType(InvalidConfigException.class,
                () -> CommandLine.parse("x", "--rows", "1", "--rows", "2", "--converter")).problems())
                .extracting(ConfigProblem::key).containsExactly("x", "rows", "converter");
    }
}
