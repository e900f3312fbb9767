package io.dmconnect.bench;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.ListValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed option values and collects a problem, on the exact key, for every bad one instead of stopping at the
 * first. A bad value yields the default so that reading can go on and find the other problems.
 */
final class OptionReader {
    private final Map<String, String> props;
    private final List<ConfigProblem> problems = new ArrayList<>();

    OptionReader(Map<String, String> props) {
        this.props = props;
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    void problem(String key, String message) {
        problems.add(new ConfigProblem(key, message));
    }

    String string(String key, String fallback) {
        String raw = props.get(key);
        return raw == null ? fallback : raw.trim();
    }

    int integer(String key, int fallback, int min, int max) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same advice as a number out of range
        }
        problem(key, "'" + raw + "' is not a whole number from " + min + " to " + max + ": use for example " + fallback
                + " (the default)");
        return fallback;
    }

    /** A JVM heap size such as 2g or 1536m. */
    String heap(String key, String fallback) {
        String value = string(key, fallback);
        if (!value.matches("[1-9][0-9]*[mMgG]")) {
            problem(key, "'" + value + "' is not a JVM heap size: use a number with m or g, e.g. 2g");
            return fallback;
        }
        return value;
    }

    /** true or false, in any case. */
    boolean bool(String key, boolean fallback) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        String value = raw.trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        problem(key, "'" + raw + "' is not true or false: use one of them");
        return fallback;
    }

    /** One of {@code allowed}, looked up by {@code byKey}. */
    <T> T choice(String key, T fallback, Function<String, Optional<T>> byKey, List<String> allowed) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        Optional<T> value = byKey.apply(raw.trim());
        if (value.isEmpty()) {
            problem(key, "'" + raw + "' is not one of " + String.join(", ", allowed) + ": use one of them");
            return fallback;
        }
        return value.get();
    }

    /** A comma-separated list of distinct names from {@code allowed}; every unknown or repeated name is a problem. */
    <T> List<T> list(String key, List<T> fallback, Function<String, Optional<T>> byKey, List<String> allowed) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        List<T> values = new ArrayList<>();
        int before = problems.size();
        for (String item : ListValues.split(raw)) {
            Optional<T> value = byKey.apply(item);
            if (value.isEmpty()) {
                problem(key, "'" + item + "' is not one of " + String.join(", ", allowed) + ": remove it or fix its spelling");
            } else if (values.contains(value.get())) {
                problem(key, "'" + item + "' is listed twice: name it once");
            } else {
                values.add(value.get());
            }
        }
        if (values.isEmpty() && problems.size() == before) {
            problem(key, "is empty: name at least one of " + String.join(", ", allowed));
        }
        return problems.size() == before ? List.copyOf(values) : fallback;
    }

    /**
     * Comma-separated {@code key=value} pairs, in order; an item without {@code =}, with an empty key or value, or
     * a key given twice is a problem.
     */
    Map<String, String> pairs(String key, Map<String, String> fallback) {
        String raw = props.get(key);
        if (raw == null) {
            return fallback;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int before = problems.size();
        for (String item : ListValues.split(raw)) {
            int eq = item.indexOf('=');
            String k = eq < 0 ? "" : item.substring(0, eq).trim();
            String v = eq < 0 ? "" : item.substring(eq + 1).trim();
            if (k.isEmpty() || v.isEmpty()) {
                problem(key, "'" + item + "' is not key=value: write for example linger.ms=20");
            } else if (values.putIfAbsent(k, v) != null) {
                problem(key, "'" + k + "' is given twice: give it once");
            }
        }
        return problems.size() == before ? values : fallback;
    }
}
