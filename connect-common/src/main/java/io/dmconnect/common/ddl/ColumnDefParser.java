package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code col_name data_type [attributes]} into a {@link ColumnDef} as written (charset null = inherit) plus
 * the index attributes written on the column ({@code PRIMARY KEY}, {@code KEY}, {@code UNIQUE [KEY]},
 * {@code SERIAL}). Attributes that do not change the tracked schema (COMMENT, ON UPDATE, CHECK, COLUMN_FORMAT,
 * INVISIBLE, ...) are read and dropped.
 */
final class ColumnDefParser {
    /**
     * A parsed column and its inline keys (unique keys unnamed: the server names them after the column);
     * {@code versioned}: MariaDB's column-level WITH SYSTEM VERSIONING, which makes a new table system-versioned.
     */
    record ParsedColumn(ColumnDef column, List<IndexDef> inlineIndexes, boolean versioned) {
    }

    private final TokenCursor c;
    private final ServerFlavor flavor;
    private final List<TokenCursor.TableRef> refs;
    private final String childSchema;
    private ColumnType type;
    private boolean nullable = true;
    private DefaultValues.Literal defaultLiteral;
    private boolean autoIncrement;
    private boolean generated;
    private boolean versioned;
    private final List<IndexDef> inline = new ArrayList<>();

    private ColumnDefParser(TokenCursor c, ServerFlavor flavor, List<TokenCursor.TableRef> refs, String childSchema) {
        this.c = c;
        this.flavor = flavor;
        this.refs = refs;
        this.childSchema = childSchema;
    }

    /**
     * At a column name; {@code refs} collects tables named by inline REFERENCES clauses, which resolve unqualified
     * names against {@code childSchema} (the altered or created table's schema, as MySQL does).
     */
    static ParsedColumn parse(TokenCursor c, ServerFlavor flavor, List<TokenCursor.TableRef> refs,
                              String childSchema) {
        ColumnDefParser p = new ColumnDefParser(c, flavor, refs, childSchema);
        String name = c.identifier("a column name");
        p.type = ColumnTypeParser.parse(c, flavor);
        p.attributes();
        return p.build(name);
    }

    private void attributes() {
        while (attribute()) {
            // each call consumes one attribute
        }
    }

    private boolean attribute() {
        if (c.accept("NOT", "NULL")) {
            nullable = false;
        } else if (c.accept("NULL")) {
            nullable = true;
        } else if (c.accept("DEFAULT")) {
            defaultLiteral = DefaultClauseParser.parse(c);
        } else if (c.accept("AUTO_INCREMENT")) {
            autoIncrement = true;
        } else if (c.accept("UNIQUE")) {
            c.accept("KEY");
            inline.add(new IndexDef("", IndexDef.Kind.UNIQUE, List.of()));
        } else if (c.accept("PRIMARY", "KEY") || c.accept("KEY")) {
            inline.add(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of()));
        } else if (c.accept("SERIAL", "DEFAULT", "VALUE")) {
            nullable = false;
            autoIncrement = true;
            inline.add(new IndexDef("", IndexDef.Kind.UNIQUE, List.of()));
        } else if (c.at("GENERATED") || c.at("AS")) {
            generatedColumn();
        } else if (c.at("CONSTRAINT") || c.at("CHECK")) {
            return checkConstraint();
        } else if (c.at("REFERENCES")) {
            reference(c, refs, childSchema);
        } else {
            return ignoredAttribute();
        }
        return true;
    }

    private boolean ignoredAttribute() {
        if (c.accept("COMMENT") || c.accept("ENGINE_ATTRIBUTE") || c.accept("SECONDARY_ENGINE_ATTRIBUTE")
                || c.accept("COLUMN_FORMAT") || c.accept("STORAGE") || c.accept("SRID") || c.accept("REF_SYSTEM_ID")) {
            c.acceptSymbol("=");
            c.next();
        } else if (c.accept("ON", "UPDATE")) {
            DefaultClauseParser.parse(c);
        } else if (c.accept("COLLATE")) {
            String collation = Charsets.canonicalCollation(collationName());
            type = new ColumnType(type.dataType(), type.length(), type.precision(), type.scale(), type.displayWidth(),
                    type.unsigned(), type.zerofill(), type.charset() != null ? type.charset()
                    : Charsets.charsetOfCollation(collation), collation, type.elements(), type.serial());
        } else if (c.accept("COMPRESSED")) {
            if (c.acceptSymbol("=")) {
                c.next();
            }
        } else if (c.acceptAny("VISIBLE", "INVISIBLE", "VIRTUAL", "STORED", "PERSISTENT") != null) {
            return true;
        } else if (c.accept("WITH", "SYSTEM", "VERSIONING")) {
            versioned = true;
        } else if (c.accept("WITHOUT", "SYSTEM", "VERSIONING")) {
            return true;
        } else {
            return false;
        }
        return true;
    }

    private void generatedColumn() {
        c.accept("GENERATED", "ALWAYS");
        c.expect("AS");
        if (c.accept("ROW")) {
            c.acceptAny("START", "END"); // MariaDB system-versioning period columns
        } else {
            c.skipParenthesized();
        }
        generated = true;
        c.acceptAny("VIRTUAL", "STORED", "PERSISTENT");
    }

    private boolean checkConstraint() {
        if (c.at("CONSTRAINT") && !c.peek(1).isWord("CHECK") && !c.peek(2).isWord("CHECK")) {
            return false;
        }
        if (c.accept("CONSTRAINT") && !c.at("CHECK")) {
            c.identifier("a constraint name");
        }
        if (!c.accept("CHECK")) {
            return false;
        }
        c.skipParenthesized();
        c.accept("NOT", "ENFORCED");
        c.accept("ENFORCED");
        return true;
    }

    /** REFERENCES tbl (cols) [MATCH ..] [ON DELETE ..] [ON UPDATE ..]; MySQL ignores it on a column. */
    static TokenCursor.TableRef reference(TokenCursor c, List<TokenCursor.TableRef> refs, String childSchema) {
        c.expect("REFERENCES");
        TokenCursor.TableRef ref = c.tableName(childSchema);
        refs.add(ref);
        if (c.atSymbol("(")) {
            c.skipParenthesized();
        }
        while (true) {
            if (c.accept("MATCH")) {
                c.next();
            } else if (c.accept("ON")) {
                c.next(); // DELETE | UPDATE
                if (c.acceptAny("SET", "NO") != null) {
                    c.next(); // SET NULL | SET DEFAULT | NO ACTION
                } else {
                    c.next(); // RESTRICT | CASCADE
                }
            } else {
                return ref;
            }
        }
    }

    private ParsedColumn build(String name) {
        // the server stores an AUTO_INCREMENT column NOT NULL even when NULL is written
        boolean notNull = !nullable || autoIncrement || type.serial();
        String defaultValue = defaultLiteral == null ? null : DefaultValues.canonical(defaultLiteral, type);
        ColumnDef column = new ColumnDef(name, type.dataType(), type.columnType(flavor), typeLength(),
                type.precision(), type.scale(), type.unsigned(), !notNull, defaultValue, defaultLiteral != null,
                autoIncrement || type.serial(), type.charset(), type.collation(), type.elements(), generated);
        List<IndexDef> keys = new ArrayList<>();
        for (IndexDef key : inline) {
            keys.add(new IndexDef(key.name(), key.kind(), List.of(name)));
        }
        if (type.serial()) {
            keys.add(new IndexDef("", IndexDef.Kind.UNIQUE, List.of(name)));
        }
        return new ParsedColumn(column, keys, versioned);
    }

    private Integer typeLength() {
        return switch (type.family()) {
            case STRING, BINARY, BIT -> type.length();
            default -> null;
        };
    }

    private String collationName() {
        Token t = c.peek();
        if (!t.isIdentifier() && t.type() != Token.Type.STRING) {
            throw c.error("expected a collation name");
        }
        c.next();
        return t.value();
    }
}
