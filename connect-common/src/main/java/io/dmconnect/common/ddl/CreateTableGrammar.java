package io.dmconnect.common.ddl;

import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what follows {@code CREATE [OR REPLACE] [TEMPORARY] TABLE}: the name, then a body, LIKE, or a SELECT,
 * then table options, partitioning and an optional trailing SELECT.
 */
final class CreateTableGrammar {
    /**
     * A parsed CREATE TABLE.
     *
     * @param name        the created table
     * @param ifNotExists IF NOT EXISTS was written
     * @param like        the LIKE source, or null
     * @param definition  the body (null for LIKE)
     * @param restFrom    first token after the table name (the printed statement continues from there)
     * @param refs        tables named after the table name (LIKE source, REFERENCES)
     */
    record Result(TokenCursor.TableRef name, boolean ifNotExists, TokenCursor.TableRef like,
                  TableDefinition definition, int restFrom, List<TokenCursor.TableRef> refs) {
    }

    private final TokenCursor c;
    private final ServerFlavor flavor;
    private final List<TokenCursor.TableRef> refs = new ArrayList<>();
    private final List<ColumnDef> columns = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private boolean explicitSystemPeriod;
    private boolean versionedColumn;
    private String schema;

    private CreateTableGrammar(TokenCursor c, ServerFlavor flavor) {
        this.c = c;
        this.flavor = flavor;
    }

    /** At the token after TABLE. */
    static Result parse(TokenCursor c, ServerFlavor flavor) {
        return new CreateTableGrammar(c, flavor).run();
    }

    private Result run() {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        TokenCursor.TableRef name = c.tableName();
        schema = name.id().schema();
        int restFrom = c.index();
        TokenCursor.TableRef like = like();
        if (like != null) {
            expectEnd();
            return new Result(name, ifNotExists, like, null, restFrom, refs);
        }
        if (c.atSymbol("(") && !c.peek(1).isWord("SELECT") && !c.peek(1).isWord("WITH")
                && !c.peek(1).isSymbol("(")) {
            body();
        }
        TableOptionsParser.Result options = TableOptionsParser.parse(c, true);
        skipPartitioning();
        boolean asSelect = select();
        expectEnd();
        boolean implicitVersioning = (options.systemVersioning() || versionedColumn) && !explicitSystemPeriod;
        TableDefinition definition = new TableDefinition(columns, indexes, foreignKeys, options.options(),
                implicitVersioning, asSelect);
        return new Result(name, ifNotExists, null, definition, restFrom, refs);
    }

    private TokenCursor.TableRef like() {
        if (c.accept("LIKE")) {
            TokenCursor.TableRef like = c.tableName();
            refs.add(like);
            return like;
        }
        if (c.atSymbol("(") && c.peek(1).isWord("LIKE")) {
            c.next();
            c.next();
            TokenCursor.TableRef like = c.tableName();
            refs.add(like);
            c.expectSymbol(")");
            return like;
        }
        return null;
    }

    private void body() {
        c.expectSymbol("(");
        do {
            if (KeyDefinitionParser.atDefinition(c)) {
                definition();
            } else {
                ColumnDefParser.ParsedColumn parsed = ColumnDefParser.parse(c, flavor, refs, schema);
                columns.add(parsed.column());
                indexes.addAll(parsed.inlineIndexes());
                versionedColumn |= parsed.versioned();
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    private void definition() {
        KeyDefinitionParser.Definition d = KeyDefinitionParser.parse(c, refs, schema);
        if (d instanceof KeyDefinitionParser.Index index) {
            indexes.add(index.index());
        } else if (d instanceof KeyDefinitionParser.Foreign fk) {
            foreignKeys.add(fk.foreignKey());
        } else if (d instanceof KeyDefinitionParser.Period period && period.systemTime()) {
            explicitSystemPeriod = true;
        }
    }

    /** PARTITION BY ... is kept in the printed text and does not change columns. */
    private void skipPartitioning() {
        if (!c.at("PARTITION", "BY")) {
            return;
        }
        while (!c.atEnd() && !c.at("AS") && !c.at("SELECT") && !c.at("IGNORE") && !c.at("REPLACE")) {
            c.skipItem();
        }
    }

    private boolean select() {
        c.acceptAny("IGNORE", "REPLACE");
        c.accept("AS");
        if (c.at("SELECT") || c.at("WITH") || c.at("TABLE") || c.at("VALUES") || c.atSymbol("(")) {
            while (!c.atEnd()) {
                c.skipItem();
            }
            return true;
        }
        return false;
    }

    private void expectEnd() {
        if (!c.atEnd()) {
            throw c.error("unexpected text in CREATE TABLE");
        }
    }
}
