package io.dmconnect.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The dm-connect version, as the build stamped it; what {@code Connector.version()} reports. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties props = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // an unreadable stamp must not stop a connector from loading
        }
        return props.getProperty("version", "unknown");
    }
}
