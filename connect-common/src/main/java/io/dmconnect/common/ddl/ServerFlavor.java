package io.dmconnect.common.ddl;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the parser and the schema applier must know about the upstream server: its family and version (for
 * executable comments and for how column types are printed), the default collation of each character set, and
 * the server defaults a new database or table inherits. The presets match stock MariaDB 10.11 and MySQL 8.0;
 * a connector should build its flavor from the live server ({@code @@version},
 * {@code information_schema.COLLATIONS}, {@code @@character_set_server}, {@code @@default_storage_engine}).
 *
 * @param kind              MariaDB or MySQL
 * @param version           version as executable comments number it ({@code 101106}, {@code 80035}); 0 = unknown,
 *                          then every executable comment is executed
 * @param defaultCollations charset to its default collation (lower case); missing charsets fall back to
 *                          {@code <charset>_general_ci}
 * @param serverCharset     {@code character_set_server}: the charset of a database created without one
 * @param serverCollation   {@code collation_server}
 * @param defaultEngine     {@code default_storage_engine}
 */
public record ServerFlavor(Kind kind, long version, Map<String, String> defaultCollations, String serverCharset,
                           String serverCollation, String defaultEngine) {
    /** Server family: decides integer display widths, JSON and executable-comment rules. */
    public enum Kind { MARIADB, MYSQL }

    // presets leave the version unknown (0): every executable comment is kept until the connector sets the real one
    public static final ServerFlavor MARIADB_10_11 = new ServerFlavor(Kind.MARIADB, 0,
            Charsets.MARIADB_DEFAULT_COLLATIONS, "utf8mb4", "utf8mb4_general_ci", "InnoDB");
    public static final ServerFlavor MYSQL_8_0 = new ServerFlavor(Kind.MYSQL, 0,
            Charsets.MYSQL_DEFAULT_COLLATIONS, "utf8mb4", "utf8mb4_0900_ai_ci", "InnoDB");

    public ServerFlavor {
        Objects.requireNonNull(kind, "kind");
        defaultCollations = Map.copyOf(defaultCollations);
        Objects.requireNonNull(serverCharset, "serverCharset");
        Objects.requireNonNull(serverCollation, "serverCollation");
        Objects.requireNonNull(defaultEngine, "defaultEngine");
    }

    public boolean isMariaDb() {
        return kind == Kind.MARIADB;
    }

    /** The default collation of a character set (lower-case, {@code utf8} read as {@code utf8mb3}). */
    public String defaultCollation(String charset) {
        String cs = Charsets.canonicalCharset(charset);
        return defaultCollations.getOrDefault(cs, cs + "_general_ci");
    }

    /** This flavor with server defaults as read from the live server. */
    public ServerFlavor withServerDefaults(String charset, String collation, String engine) {
        return new ServerFlavor(kind, version, defaultCollations, charset.toLowerCase(Locale.ROOT),
                collation.toLowerCase(Locale.ROOT), engine);
    }

    /** This flavor with another version number. */
    public ServerFlavor withVersion(long newVersion) {
        return new ServerFlavor(kind, newVersion, defaultCollations, serverCharset, serverCollation, defaultEngine);
    }

    /** This flavor with the server's own charset → default collation map. */
    public ServerFlavor withDefaultCollations(Map<String, String> collations) {
        return new ServerFlavor(kind, version, collations, serverCharset, serverCollation, defaultEngine);
    }
}
