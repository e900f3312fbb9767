package io.dmconnect.common.rules.event;

import java.util.List;
import java.util.Objects;

/**
 * A column definition as a MODIFY or CHANGE COLUMN writes it: the parts DM's fine-grained analysis reads.
 *
 * @param name                   the (new) column name, unquoted
 * @param typeName               the type as written, lower case, words joined by one space ({@code double precision})
 * @param typeArgs               the parenthesised arguments: lengths as written, or ENUM/SET elements unquoted
 * @param unsigned               UNSIGNED (or ZEROFILL, which implies it)
 * @param charset                CHARACTER SET as written, lower case, or null
 * @param collation              COLLATE as written, lower case, or null
 * @param binaryAttribute        the BINARY attribute of a character type (a {@code _bin} collation)
 * @param defaultValue           the DEFAULT clause, or null when there is none
 * @param autoIncrement          AUTO_INCREMENT
 * @param declaresConstraint     PRIMARY KEY, UNIQUE, REFERENCES or CHECK on the column
 * @param position               FIRST / AFTER
 */
record ColumnSpec(String name, String typeName, List<String> typeArgs, boolean unsigned, String charset,
                  String collation, boolean binaryAttribute, DefaultValue defaultValue, boolean autoIncrement,
                  boolean declaresConstraint, Position position) {
    enum Position { NONE, FIRST, AFTER }

    /** A DEFAULT clause: a literal (string or number), NULL, or an expression (function, parenthesised). */
    record DefaultValue(Kind kind, String text) {
        enum Kind { NULL, STRING, NUMBER, EXPRESSION }

        /** The value DM compares: null for DEFAULT NULL. */
        String value() {
            return kind == Kind.NULL ? null : text;
        }
    }

    ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeName, "typeName");
        typeArgs = List.copyOf(typeArgs);
        Objects.requireNonNull(position, "position");
    }
}
