package io.dmconnect.bench;

/** A choice that an option names by a fixed lowercase key ({@code insert-only}, {@code debezium-jdbc}, ...). */
public interface Keyed {
    String key();
}
