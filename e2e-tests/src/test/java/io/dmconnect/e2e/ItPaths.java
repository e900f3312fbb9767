package io.dmconnect.e2e;

import java.nio.file.Path;

/** Where the build put what the integration tests need (failsafe passes these as system properties). */
final class ItPaths {
    private ItPaths() {
    }

    /** The dm-connect plugin folder the distribution module built: what users put on plugin.path. */
    static Path pluginDir() {
        return Path.of(required("dmconnect.plugin.dir"));
    }

    /** Stock Kafka plugins (FileStream connectors) for tests of the harness itself. */
    static Path testPluginsDir() {
        return Path.of(required("dmconnect.test.plugins.dir"));
    }

    /** Scratch space for this run's servers, under target/. */
    static Path workDir() {
        return Path.of(System.getProperty("dmconnect.work.dir", "target/it-work"));
    }

    static Path projectDir() {
        return Path.of(required("dmconnect.project.dir"));
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set: run the integration tests through Maven (mvn verify)");
        }
        return value;
    }
}
