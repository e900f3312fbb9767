package io.dmconnect.common.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the specification list of ALTER TABLE and splits it the way DM does: one entry per specification,
 * {@code ADD COLUMN (a ..., b ...)} one entry per column (position cleared), space-separated table options one
 * entry, comma-separated ones one each. Each entry keeps its own text for printing.
 */
final class AlterSpecParser {
    /** One split specification and its printed text (table names as slots). */
    record RawSpec(AlterSpec spec, SqlTemplate text) {
    }

    private static final Set<String> SPEC_WORDS = Set.of("ADD", "DROP", "ALTER", "CHANGE", "MODIFY", "RENAME",
            "CONVERT", "ALGORITHM", "LOCK", "FORCE", "ENABLE", "DISABLE", "DISCARD", "IMPORT", "ORDER", "TRUNCATE",
            "COALESCE", "REORGANIZE", "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "REMOVE",
            "PARTITION", "WITH", "WITHOUT");

    private final TokenCursor c;
    private final ServerFlavor flavor;
    private final String schema;
    private final List<RawSpec> specs = new ArrayList<>();
    private List<TokenCursor.TableRef> refs;
    private int from;

    private AlterSpecParser(TokenCursor c, ServerFlavor flavor, String schema) {
        this.c = c;
        this.flavor = flavor;
        this.schema = schema;
    }

    /**
     * At the first specification (or the end for a bare ALTER TABLE t); {@code schema} is the altered table's,
     * which unqualified FOREIGN KEY references belong to.
     */
    static List<RawSpec> parse(TokenCursor c, ServerFlavor flavor, String schema) {
        AlterSpecParser p = new AlterSpecParser(c, flavor, schema);
        p.run();
        return p.specs;
    }

    private void run() {
        while (!c.atEnd()) {
            refs = new ArrayList<>();
            from = c.index();
            AlterSpec spec = spec();
            if (spec != null) {
                add(spec);
            }
            if (!c.acceptSymbol(",") && !c.atEnd() && !c.at("PARTITION", "BY") && !c.at("REMOVE", "PARTITIONING")) {
                throw c.error("expected ',' or the end of the ALTER TABLE statement");
            }
        }
    }

    private void add(AlterSpec spec) {
        specs.add(new RawSpec(spec, SqlTemplate.builder().tokens(c.tokens(), from, c.index(), refs).build()));
    }

    private AlterSpec spec() {
        String word = c.peek().type() == Token.Type.WORD ? c.peek().upper() : "";
        return switch (word) {
            case "ADD" -> add();
            case "DROP" -> drop();
            case "ALTER" -> alter();
            case "CHANGE" -> change();
            case "MODIFY" -> modify();
            case "RENAME" -> rename();
            case "CONVERT" -> convert();
            case "ALGORITHM", "LOCK" -> other(true);
            case "FORCE" -> other(false);
            case "ENABLE", "DISABLE", "DISCARD", "IMPORT", "WITH", "WITHOUT" -> partitionOrOther();
            case "ORDER" -> orderBy();
            case "TRUNCATE", "COALESCE", "REORGANIZE", "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD",
                 "REPAIR", "REMOVE", "PARTITION" -> partition();
            default -> tableOptions();
        };
    }

    private AlterSpec add() {
        c.expect("ADD");
        if (c.at("PARTITION")) {
            return partitionFrom(AlterSpec.PartitionOp.ADD);
        }
        if (c.accept("SYSTEM", "VERSIONING")) {
            return new AlterSpec.SystemVersioning(true);
        }
        if (KeyDefinitionParser.atDefinition(c)) {
            return keyDefinition();
        }
        c.accept("COLUMN");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        if (c.atSymbol("(")) {
            addColumns(ifNotExists);
            return null;
        }
        ColumnDefParser.ParsedColumn col = ColumnDefParser.parse(c, flavor, refs, schema);
        return new AlterSpec.AddColumn(col.column(), position(), col.inlineIndexes(), ifNotExists);
    }

    /** ADD COLUMN (a ..., b ...): DM emits one ADD COLUMN per column, without position. */
    private void addColumns(boolean ifNotExists) {
        c.expectSymbol("(");
        do {
            List<TokenCursor.TableRef> columnRefs = new ArrayList<>();
            int colFrom = c.index();
            ColumnDefParser.ParsedColumn col = ColumnDefParser.parse(c, flavor, columnRefs, schema);
            SqlTemplate text = SqlTemplate.builder().text(ifNotExists ? "ADD COLUMN IF NOT EXISTS " : "ADD COLUMN ")
                    .tokens(c.tokens(), colFrom, c.index(), columnRefs).build();
            specs.add(new RawSpec(new AlterSpec.AddColumn(col.column(), ColumnPosition.UNSPECIFIED,
                    col.inlineIndexes(), ifNotExists), text));
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    private AlterSpec keyDefinition() {
        KeyDefinitionParser.Definition d = KeyDefinitionParser.parse(c, refs, schema);
        if (d instanceof KeyDefinitionParser.Index index) {
            return new AlterSpec.AddIndex(index.index(), index.ifNotExists());
        }
        if (d instanceof KeyDefinitionParser.Foreign fk) {
            return new AlterSpec.AddForeignKey(fk.foreignKey(), fk.ifNotExists());
        }
        if (d instanceof KeyDefinitionParser.Check check) {
            return new AlterSpec.AddCheck(check.name(), check.expression());
        }
        return new AlterSpec.Other(c.text(from, c.index()));
    }

    private ColumnPosition position() {
        if (c.accept("FIRST")) {
            return ColumnPosition.FIRST;
        }
        if (c.accept("AFTER")) {
            return new ColumnPosition.After(c.identifier("a column name"));
        }
        return ColumnPosition.UNSPECIFIED;
    }

    private AlterSpec drop() {
        c.expect("DROP");
        if (c.accept("PRIMARY", "KEY")) {
            return new AlterSpec.DropPrimaryKey();
        }
        if (c.acceptAny("INDEX", "KEY") != null) {
            boolean ifExists = c.accept("IF", "EXISTS");
            return new AlterSpec.DropIndex(c.identifier("an index name"), ifExists);
        }
        if (c.accept("FOREIGN", "KEY")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            return new AlterSpec.DropForeignKey(c.identifier("a foreign key name"), ifExists);
        }
        if (c.at("CHECK") || c.at("CONSTRAINT")) {
            boolean checkOnly = c.next().isWord("CHECK");
            boolean ifExists = c.accept("IF", "EXISTS");
            return new AlterSpec.DropConstraint(c.identifier("a constraint name"), checkOnly, ifExists);
        }
        if (c.at("PARTITION")) {
            return partitionFrom(AlterSpec.PartitionOp.DROP);
        }
        if (c.accept("SYSTEM", "VERSIONING")) {
            return new AlterSpec.SystemVersioning(false);
        }
        if (c.accept("PERIOD", "FOR")) {
            c.identifier("a period name");
            return new AlterSpec.Other(c.text(from, c.index()));
        }
        c.accept("COLUMN");
        boolean ifExists = c.accept("IF", "EXISTS");
        String name = c.identifier("a column name");
        c.acceptAny("RESTRICT", "CASCADE");
        return new AlterSpec.DropColumn(name, ifExists);
    }

    private AlterSpec alter() {
        c.expect("ALTER");
        if (c.acceptAny("INDEX", "KEY") != null) {
            String name = c.identifier("an index name");
            if (c.accept("NOT", "IGNORED") || c.accept("VISIBLE")) {
                return new AlterSpec.AlterIndexVisibility(name, true);
            }
            if (c.acceptAny("IGNORED", "INVISIBLE") == null) {
                throw c.error("expected VISIBLE, INVISIBLE, IGNORED or NOT IGNORED");
            }
            return new AlterSpec.AlterIndexVisibility(name, false);
        }
        if (c.acceptAny("CHECK", "CONSTRAINT") != null) {
            c.identifier("a constraint name");
            c.accept("NOT");
            c.expect("ENFORCED");
            return new AlterSpec.Other(c.text(from, c.index()));
        }
        c.accept("COLUMN");
        String column = c.identifier("a column name");
        if (c.accept("DROP", "DEFAULT")) {
            return new AlterSpec.AlterColumnDefault(column, null, true);
        }
        if (c.accept("SET", "DEFAULT")) {
            return setDefault(column);
        }
        if (c.accept("SET", "VISIBLE") || c.accept("SET", "INVISIBLE")) {
            return new AlterSpec.Other(c.text(from, c.index()));
        }
        throw c.error("expected SET DEFAULT, DROP DEFAULT or SET VISIBLE/INVISIBLE");
    }

    /** Kept as SQL text: it is canonicalized against the column's type, which only the schema knows. */
    private AlterSpec setDefault(String column) {
        int valueFrom = c.index();
        DefaultClauseParser.parse(c);
        return new AlterSpec.AlterColumnDefault(column, c.text(valueFrom, c.index()), false);
    }

    private AlterSpec change() {
        c.expect("CHANGE");
        c.accept("COLUMN");
        boolean ifExists = c.accept("IF", "EXISTS");
        String oldName = c.identifier("a column name");
        ColumnDefParser.ParsedColumn col = ColumnDefParser.parse(c, flavor, refs, schema);
        return new AlterSpec.ChangeColumn(oldName, col.column(), position(), col.inlineIndexes(), ifExists);
    }

    private AlterSpec modify() {
        c.expect("MODIFY");
        c.accept("COLUMN");
        boolean ifExists = c.accept("IF", "EXISTS");
        ColumnDefParser.ParsedColumn col = ColumnDefParser.parse(c, flavor, refs, schema);
        return new AlterSpec.ModifyColumn(col.column(), position(), col.inlineIndexes(), ifExists);
    }

    private AlterSpec rename() {
        c.expect("RENAME");
        if (c.accept("COLUMN")) {
            String oldName = c.identifier("a column name");
            c.expect("TO");
            return new AlterSpec.RenameColumn(oldName, c.identifier("a column name"));
        }
        if (c.acceptAny("INDEX", "KEY") != null) {
            String oldName = c.identifier("an index name");
            c.expect("TO");
            return new AlterSpec.RenameIndex(oldName, c.identifier("an index name"));
        }
        if (c.acceptAny("TO", "AS") == null) {
            c.acceptSymbol("=");
        }
        TokenCursor.TableRef target = c.tableName();
        refs.add(target);
        return new AlterSpec.RenameTable(target.id());
    }

    private AlterSpec convert() {
        c.expect("CONVERT");
        if (c.at("PARTITION")) {
            return partitionFrom(AlterSpec.PartitionOp.CONVERT_TO_TABLE);
        }
        if (c.at("TABLE")) {
            return partitionFrom(AlterSpec.PartitionOp.CONVERT_FROM_TABLE);
        }
        c.expect("TO");
        if (!c.accept("CHARACTER", "SET") && !c.accept("CHAR", "SET")) {
            c.expect("CHARSET");
        }
        String charset = Charsets.canonicalCharset(c.identifier("a character set"));
        String collation = c.accept("COLLATE") ? Charsets.canonicalCollation(c.identifier("a collation")) : null;
        return new AlterSpec.ConvertCharset(charset, collation);
    }

    private AlterSpec other(boolean hasValue) {
        c.next();
        if (hasValue) {
            c.acceptSymbol("=");
            c.identifier("a value");
        }
        return new AlterSpec.Other(c.text(from, c.index()));
    }

    private AlterSpec partitionOrOther() {
        if (c.at("DISCARD", "PARTITION") || c.at("IMPORT", "PARTITION")) {
            return partition();
        }
        if (c.accept("ENABLE", "KEYS") || c.accept("DISABLE", "KEYS") || c.accept("DISCARD", "TABLESPACE")
                || c.accept("IMPORT", "TABLESPACE") || c.accept("WITH", "VALIDATION")
                || c.accept("WITHOUT", "VALIDATION")) {
            return new AlterSpec.Other(c.text(from, c.index()));
        }
        return tableOptions();
    }

    private AlterSpec orderBy() {
        c.expect("ORDER", "BY");
        do {
            c.identifier("a column name");
            c.acceptAny("ASC", "DESC");
        } while (!commaStartsSpec() && c.acceptSymbol(","));
        return new AlterSpec.Other(c.text(from, c.index()));
    }

    /** At a comma that separates specifications (not one inside ORDER BY a, b or DROP PARTITION p1, p2). */
    private boolean commaStartsSpec() {
        if (!c.atSymbol(",")) {
            return false;
        }
        int mark = c.index();
        c.next();
        Token t = c.peek();
        boolean spec = t.type() != Token.Type.WORD || SPEC_WORDS.contains(t.upper()) || TableOptionsParser.atOption(c);
        c.reset(mark);
        return spec;
    }

    private AlterSpec partition() {
        String word = c.next().upper();
        AlterSpec.PartitionOp op = switch (word) {
            case "REMOVE" -> AlterSpec.PartitionOp.REMOVE_PARTITIONING;
            case "PARTITION" -> AlterSpec.PartitionOp.PARTITION_BY;
            default -> AlterSpec.PartitionOp.valueOf(word);
        };
        c.reset(c.index() - 1);
        return partitionFrom(op);
    }

    /** Partition specs are kept as text: skip to the next top-level comma that starts a new specification. */
    private AlterSpec partitionFrom(AlterSpec.PartitionOp op) {
        List<io.dmconnect.common.TableId> tables = new ArrayList<>();
        while (!c.atEnd() && !commaStartsSpec()) {
            if (c.at("TABLE") && c.peek(1).isIdentifier()) {
                c.next();
                TokenCursor.TableRef ref = c.tableName();
                refs.add(ref);
                tables.add(ref.id());
            } else if (op != AlterSpec.PartitionOp.PARTITION_BY && c.at("PARTITION", "BY")) {
                break;
            } else {
                c.skipItem();
            }
        }
        return new AlterSpec.Partition(op, tables, c.text(from, c.index()));
    }

    private AlterSpec tableOptions() {
        TableOptionsParser.Result result = TableOptionsParser.parse(c, false);
        if (!result.any()) {
            throw c.error("unknown ALTER TABLE specification");
        }
        if (result.systemVersioning()) {
            return new AlterSpec.SystemVersioning(true);
        }
        return result.options();
    }
}
