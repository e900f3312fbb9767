package io.dmconnect.common.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when rules are built from a configuration that has problems; carries every problem, not just the first. */
public final class InvalidConfigException extends RuntimeException {
    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigException(String key, String message) {
        this(List.of(new ConfigProblem(key, message)));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
