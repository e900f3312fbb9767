package io.dmconnect.bench;

import java.util.Arrays;
import java.util.List;

/** A choice that an option names by a fixed lowercase key ({@code insert-only}, {@code debezium-jdbc}, ...). */
public interface Keyed {
    String key();

    /** The keys of {@code values}, in order. */
    static List<String> keys(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }

    /** The keys of {@code values}, comma-separated: a list option's default. */
    static String names(Keyed[] values) {
        return String.join(",", keys(values));
    }
}
