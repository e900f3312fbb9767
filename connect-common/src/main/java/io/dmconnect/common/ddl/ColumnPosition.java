package io.dmconnect.common.ddl;

import java.util.Objects;

/** Where ADD / MODIFY / CHANGE COLUMN puts the column: unchanged/last, FIRST, or AFTER another column. */
public sealed interface ColumnPosition {
    /** No position given: ADD appends, MODIFY/CHANGE keep the column where it is. */
    record Unspecified() implements ColumnPosition {
        @Override
        public String toString() {
            return "";
        }
    }

    /** FIRST. */
    record First() implements ColumnPosition {
        @Override
        public String toString() {
            return "FIRST";
        }
    }

    /** AFTER column. */
    record After(String column) implements ColumnPosition {
        public After {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return "AFTER " + column;
        }
    }

    ColumnPosition UNSPECIFIED = new Unspecified();
    ColumnPosition FIRST = new First();
}
