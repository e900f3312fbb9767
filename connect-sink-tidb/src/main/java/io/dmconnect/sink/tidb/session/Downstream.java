package io.dmconnect.sink.tidb.session;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of downstream server, which decides the session variables it understands and the DDL syntax it
 * accepts. TiDB speaks the MySQL protocol and reports itself in {@code VERSION()} as {@code 8.0.11-TiDB-v7.5.1}.
 */
public enum Downstream {
    TIDB, MYSQL, MARIADB;

    private static final Pattern TIDB_VERSION = Pattern.compile("(?i)tidb-v?(\\d+)\\.(\\d+)");

    /** The kind from {@code SELECT VERSION()}. */
    public static Downstream fromVersion(String version) {
        String v = version == null ? "" : version.toLowerCase(Locale.ROOT);
        if (v.contains("tidb")) {
            return TIDB;
        }
        return v.contains("mariadb") ? MARIADB : MYSQL;
    }

    /**
     * Whether a TiDB {@code VERSION()} string is at least {@code major.minor}; an unknown version counts as new
     * (TiDB releases before 3.0 are long out of support).
     */
    static boolean tidbAtLeast(String version, int major, int minor) {
        Matcher m = TIDB_VERSION.matcher(version == null ? "" : version);
        if (!m.find()) {
            return true;
        }
        int actualMajor = Integer.parseInt(m.group(1));
        int actualMinor = Integer.parseInt(m.group(2));
        return actualMajor > major || (actualMajor == major && actualMinor >= minor);
    }
}
