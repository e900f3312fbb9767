package io.dmconnect.common.ddl;

import java.util.Locale;

/**
 * The parts of a session's {@code sql_mode} that change how DDL text is tokenized. A QUERY event carries the
 * upstream session's sql_mode as a bit set in its status variables; {@link #fromBits(long)} reads it.
 *
 * @param ansiQuotes         {@code ANSI_QUOTES}: {@code "x"} is an identifier, not a string
 * @param noBackslashEscapes {@code NO_BACKSLASH_ESCAPES}: a backslash in a string is an ordinary character
 */
public record SqlMode(boolean ansiQuotes, boolean noBackslashEscapes) {
    /** The server default: double quotes delimit strings, backslash escapes are on. */
    public static final SqlMode DEFAULT = new SqlMode(false, false);

    // bit positions of MySQL's (and MariaDB's) MODE_* flags as written to the binlog
    private static final long MODE_ANSI_QUOTES = 1L << 2;
    private static final long MODE_ANSI = 1L << 18;
    private static final long MODE_NO_BACKSLASH_ESCAPES = 1L << 20;

    /** From the sql_mode bit set of a QUERY event's status variables. */
    public static SqlMode fromBits(long bits) {
        boolean ansi = (bits & (MODE_ANSI_QUOTES | MODE_ANSI)) != 0;
        return new SqlMode(ansi, (bits & MODE_NO_BACKSLASH_ESCAPES) != 0);
    }

    /** From the text form ({@code SELECT @@sql_mode}), e.g. {@code "ANSI_QUOTES,STRICT_TRANS_TABLES"}. */
    public static SqlMode parse(String sqlMode) {
        boolean ansiQuotes = false;
        boolean noBackslash = false;
        for (String mode : sqlMode.toUpperCase(Locale.ROOT).split(",")) {
            switch (mode.trim()) {
                case "ANSI_QUOTES", "ANSI", "ORACLE", "POSTGRESQL", "DB2", "MSSQL", "MAXDB" -> ansiQuotes = true;
                case "NO_BACKSLASH_ESCAPES" -> noBackslash = true;
                default -> { }
            }
        }
        return new SqlMode(ansiQuotes, noBackslash);
    }
}
