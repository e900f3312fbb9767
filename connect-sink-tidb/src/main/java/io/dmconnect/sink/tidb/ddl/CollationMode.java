package io.dmconnect.sink.tidb.ddl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** DM's {@code collation_compatible}: how CREATE statements' implicit collations are replayed. */
public enum CollationMode {
    /** DM's default: the DDL is replayed as written, so the downstream picks its own default collations. */
    LOOSE,
    /** Implicit collations are written out as the upstream resolved them (see {@link StrictCollations}). */
    STRICT;

    /** The value users write: {@code loose} or {@code strict}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config value, ignoring case and surrounding blanks. */
    public static Optional<CollationMode> parse(String value) {
        String v = value == null ? "" : value.trim();
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(v)).findFirst();
    }
}
