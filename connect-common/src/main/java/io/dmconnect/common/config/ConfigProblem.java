package io.dmconnect.common.config;

/**
 * A configuration error on one exact key, with a message that says what to do. Connectors' {@code validate()}
 * turns each into an error on that key's {@code ConfigValue}.
 */
public record ConfigProblem(String key, String message) {
    @Override
    public String toString() {
        return key + ": " + message;
    }
}
