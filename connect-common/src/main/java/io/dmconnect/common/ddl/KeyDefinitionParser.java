package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.IndexDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads key and constraint definitions, shared by CREATE TABLE bodies, ALTER TABLE ADD and CREATE INDEX:
 * {@code [CONSTRAINT [symbol]] PRIMARY KEY | UNIQUE | INDEX | KEY | FULLTEXT | SPATIAL | FOREIGN KEY | CHECK}.
 */
final class KeyDefinitionParser {
    /** What a definition declared. */
    sealed interface Definition {
    }

    /** An index; an empty name means "the server names it". */
    record Index(IndexDef index, boolean ifNotExists) implements Definition {
    }

    record Foreign(ForeignKey foreignKey, boolean ifNotExists) implements Definition {
    }

    record Check(String name, String expression) implements Definition {
    }

    /** MariaDB PERIOD FOR name (start, end); {@code systemTime} for SYSTEM_TIME. */
    record Period(boolean systemTime) implements Definition {
    }

    private KeyDefinitionParser() {
    }

    /** True when the cursor is at the start of a key or constraint definition (not a column). */
    static boolean atDefinition(TokenCursor c) {
        return c.peek().type() == Token.Type.WORD && switch (c.peek().upper()) {
            case "CONSTRAINT", "PRIMARY", "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL", "FOREIGN", "CHECK" -> true;
            case "PERIOD" -> c.peek(1).isWord("FOR");
            default -> false;
        };
    }

    /** At a definition; REFERENCES tables go to {@code refs}, unqualified ones in {@code childSchema}. */
    static Definition parse(TokenCursor c, List<TokenCursor.TableRef> refs, String childSchema) {
        if (c.accept("PERIOD", "FOR")) {
            boolean systemTime = c.peek().isWord("SYSTEM_TIME");
            c.identifier("a period name");
            c.skipParenthesized();
            return new Period(systemTime);
        }
        String symbol = null;
        if (c.accept("CONSTRAINT")) {
            if (!c.at("PRIMARY") && !c.at("UNIQUE") && !c.at("FOREIGN") && !c.at("CHECK")) {
                symbol = c.identifier("a constraint name");
            }
        }
        if (c.accept("PRIMARY", "KEY")) {
            indexType(c);
            List<String> columns = keyParts(c);
            indexOptions(c);
            return new Index(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, columns), false);
        }
        if (c.accept("FOREIGN", "KEY")) {
            return foreignKey(c, symbol, refs, childSchema);
        }
        if (c.accept("CHECK")) {
            int from = c.index();
            c.skipParenthesized();
            String expression = ExpressionText.canonical(c.tokens(), from, c.index());
            c.accept("NOT", "ENFORCED");
            c.accept("ENFORCED");
            return new Check(symbol, expression);
        }
        return index(c, symbol);
    }

    private static Definition index(TokenCursor c, String symbol) {
        IndexDef.Kind kind;
        if (c.accept("UNIQUE")) {
            kind = IndexDef.Kind.UNIQUE;
            c.acceptAny("INDEX", "KEY");
        } else if (c.accept("FULLTEXT")) {
            kind = IndexDef.Kind.FULLTEXT;
            c.acceptAny("INDEX", "KEY");
        } else if (c.accept("SPATIAL")) {
            kind = IndexDef.Kind.SPATIAL;
            c.acceptAny("INDEX", "KEY");
        } else if (c.acceptAny("INDEX", "KEY") != null) {
            kind = IndexDef.Kind.INDEX;
        } else {
            throw c.error("expected a key definition");
        }
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String name = optionalIndexName(c);
        if (name == null) {
            name = symbol == null || kind != IndexDef.Kind.UNIQUE ? "" : symbol;
        }
        indexType(c);
        List<String> columns = keyParts(c);
        indexOptions(c);
        return new Index(new IndexDef(name, kind, columns), ifNotExists);
    }

    /** The index name before the column list, if there is one. */
    static String optionalIndexName(TokenCursor c) {
        if (c.peek().isIdentifier() && !c.at("USING") && !c.at("TYPE") && !c.peek().isSymbol("(")) {
            return c.identifier("an index name");
        }
        return null;
    }

    private static Definition foreignKey(TokenCursor c, String symbol, List<TokenCursor.TableRef> refs,
                                         String childSchema) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        String indexName = optionalIndexName(c);
        List<String> columns = keyParts(c);
        TokenCursor.TableRef ref = ColumnDefParser.reference(c, new ArrayList<>(), childSchema);
        refs.add(ref);
        List<String> refColumns = referencedColumns(c, ref);
        return new Foreign(new ForeignKey(symbol, indexName, columns, ref.id(), refColumns), ifNotExists);
    }

    /** Re-reads the column list after a REFERENCES table (reference() skipped it). */
    private static List<String> referencedColumns(TokenCursor c, TokenCursor.TableRef ref) {
        int resume = c.index();
        c.reset(ref.to());
        List<String> columns = c.atSymbol("(") ? keyParts(c) : List.of();
        c.reset(resume);
        return columns;
    }

    /** USING BTREE | HASH | RTREE (also MySQL's old TYPE x). */
    static void indexType(TokenCursor c) {
        if (c.accept("USING") || c.accept("TYPE")) {
            c.identifier("an index type");
        }
    }

    /** ( key_part, ... ): column names; functional parts come back as their canonical expression. */
    static List<String> keyParts(TokenCursor c) {
        List<String> columns = new ArrayList<>();
        c.expectSymbol("(");
        do {
            if (c.atSymbol("(")) {
                int from = c.index();
                c.skipParenthesized();
                columns.add(ExpressionText.canonical(c.tokens(), from, c.index()));
            } else {
                columns.add(c.identifier("a column name"));
                if (c.atSymbol("(")) {
                    c.skipParenthesized(); // prefix length
                }
            }
            c.acceptAny("ASC", "DESC");
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return columns;
    }

    /** Index options after the column list; none of them changes the tracked schema. */
    static void indexOptions(TokenCursor c) {
        while (true) {
            if (c.accept("KEY_BLOCK_SIZE") || c.accept("COMMENT") || c.accept("ENGINE_ATTRIBUTE")
                    || c.accept("SECONDARY_ENGINE_ATTRIBUTE") || c.accept("CLUSTERING")) {
                c.acceptSymbol("=");
                c.next();
            } else if (c.at("USING") || c.at("TYPE")) {
                indexType(c);
            } else if (c.accept("WITH", "PARSER")) {
                c.identifier("a parser name");
            } else if (c.acceptAny("VISIBLE", "INVISIBLE", "IGNORED") == null && !c.accept("NOT", "IGNORED")) {
                return;
            }
        }
    }
}
