package io.dmconnect.common.schema;

import java.util.List;
import java.util.Objects;

/** An index or key of a table; the primary key is named {@code PRIMARY}, as MySQL names it. */
public record IndexDef(String name, Kind kind, List<String> columns) {
    /** What the index enforces; only PRIMARY and UNIQUE identify rows. */
    public enum Kind { PRIMARY, UNIQUE, INDEX, FULLTEXT, SPATIAL }

    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
    }

    public boolean isUnique() {
        return kind == Kind.PRIMARY || kind == Kind.UNIQUE;
    }
}
