package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.IndexDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the DDL statements that change table definitions and splits them as DM's {@code SplitDDL} does: one
 * piece per ALTER specification, per dropped table, per renamed pair; CREATE gets IF NOT EXISTS and DROP gets IF
 * EXISTS; unqualified names get the default schema. MariaDB's {@code CREATE OR REPLACE} becomes a conditional DROP
 * followed by the CREATE.
 */
final class DdlGrammar {
    private final TokenCursor c;
    private final ServerFlavor flavor;
    private final List<SingleDdl> pieces = new ArrayList<>();

    private DdlGrammar(TokenCursor c, ServerFlavor flavor) {
        this.c = c;
        this.flavor = flavor;
    }

    /** The split statement, {@link ParsedStatement.Skipped} for temporary tables, or null if not a table DDL. */
    static ParsedStatement parse(TokenCursor c, ServerFlavor flavor) {
        return new DdlGrammar(c, flavor).statement();
    }

    private ParsedStatement statement() {
        if (c.accept("CREATE")) {
            return create();
        }
        if (c.accept("ALTER")) {
            return alter();
        }
        if (c.accept("DROP")) {
            return drop();
        }
        if (c.accept("RENAME")) {
            return c.acceptAny("TABLE", "TABLES") == null ? null : done(rename());
        }
        if (c.accept("TRUNCATE")) {
            c.accept("TABLE");
            TableId table = c.tableName().id();
            acceptWait();
            expectEnd();
            return done(piece(DdlKind.TRUNCATE_TABLE, table, null, DdlDetail.NONE, false,
                    text("TRUNCATE TABLE ").table(table)));
        }
        return null;
    }

    private ParsedStatement create() {
        boolean orReplace = c.accept("OR", "REPLACE");
        if (c.accept("TEMPORARY")) {
            return new ParsedStatement.Skipped("temporary tables are not written to a ROW binlog and never captured");
        }
        if (c.accept("TABLE")) {
            return done(createTable(orReplace));
        }
        if (c.acceptAny("DATABASE", "SCHEMA") != null) {
            return done(createDatabase(orReplace));
        }
        if (c.accept("SEQUENCE")) {
            return done(createSequence(orReplace));
        }
        int mark = c.index();
        c.acceptAny("ONLINE", "OFFLINE");
        String kind = c.acceptAny("UNIQUE", "FULLTEXT", "SPATIAL");
        if (c.accept("INDEX")) {
            return done(createIndex(orReplace, kind));
        }
        c.reset(mark);
        return null;
    }

    private ParsedStatement alter() {
        c.acceptAny("ONLINE", "OFFLINE");
        c.accept("IGNORE");
        if (c.accept("TABLE")) {
            return done(alterTable());
        }
        if (c.acceptAny("DATABASE", "SCHEMA") != null) {
            return done(alterDatabase());
        }
        if (c.accept("SEQUENCE")) {
            boolean ifExists = c.accept("IF", "EXISTS");
            TokenCursor.TableRef name = c.tableName();
            while (!c.atEnd()) {
                c.skipItem();
            }
            return done(piece(DdlKind.ALTER_SEQUENCE, name.id(), null, DdlDetail.NONE, ifExists,
                    text("ALTER SEQUENCE ").table(name.id()).append(restAfterSpace(name.to()))));
        }
        return null;
    }

    private ParsedStatement drop() {
        if (c.accept("TEMPORARY")) {
            return new ParsedStatement.Skipped("temporary tables are not written to a ROW binlog and never captured");
        }
        if (c.acceptAny("TABLE", "TABLES") != null) {
            return done(dropTables(DdlKind.DROP_TABLE, "DROP TABLE IF EXISTS "));
        }
        if (c.accept("SEQUENCE")) {
            return done(dropTables(DdlKind.DROP_SEQUENCE, "DROP SEQUENCE IF EXISTS "));
        }
        if (c.acceptAny("DATABASE", "SCHEMA") != null) {
            boolean ifExists = c.accept("IF", "EXISTS");
            TableId db = TableId.schemaOnly(c.identifier("a database name"));
            expectEnd();
            return done(piece(DdlKind.DROP_DATABASE, db, null, DdlDetail.NONE, ifExists,
                    text("DROP DATABASE IF EXISTS ").table(db)));
        }
        int mark = c.index();
        c.acceptAny("ONLINE", "OFFLINE");
        if (c.accept("INDEX")) {
            return done(dropIndex());
        }
        c.reset(mark);
        return null;
    }

    private List<SingleDdl> createTable(boolean orReplace) {
        CreateTableGrammar.Result r = CreateTableGrammar.parse(c, flavor);
        TableId table = r.name().id();
        if (orReplace) {
            pieces.add(piece(DdlKind.DROP_TABLE, table, null, DdlDetail.NONE, true,
                    text("DROP TABLE IF EXISTS ").table(table)));
        }
        SqlTemplate.Builder sql = text("CREATE TABLE IF NOT EXISTS ").table(table);
        if (r.like() != null) {
            sql.text(" LIKE ").table(r.like().id());
            pieces.add(piece(DdlKind.CREATE_TABLE_LIKE, table, null, new DdlDetail.LikeTable(r.like().id()),
                    r.ifNotExists(), sql));
        } else {
            DdlKind kind = r.definition().asSelect() ? DdlKind.CREATE_TABLE_AS_SELECT : DdlKind.CREATE_TABLE;
            sql.text(" ").append(rest(r.restFrom(), r.refs()));
            pieces.add(piece(kind, table, null, r.definition(), r.ifNotExists(), sql));
        }
        return pieces;
    }

    private List<SingleDdl> alterTable() {
        boolean ifExists = c.accept("IF", "EXISTS");
        TableId table = c.tableName().id();
        acceptWait();
        for (AlterSpecParser.RawSpec raw : AlterSpecParser.parse(c, flavor, table.schema())) {
            TableId newTable = raw.spec() instanceof AlterSpec.RenameTable r ? r.newTable() : null;
            pieces.add(piece(DdlKind.ALTER_TABLE, table, newTable, raw.spec(), ifExists,
                    text("ALTER TABLE ").table(table).text(" ").append(raw.text())));
            if (newTable != null) {
                table = newTable; // DM: the following specifications apply to the new name
            }
        }
        return pieces;
    }

    private List<SingleDdl> rename() {
        boolean ifExists = c.accept("IF", "EXISTS");
        do {
            TableId from = c.tableName().id();
            acceptWait();
            c.expect("TO");
            TableId to = c.tableName().id();
            pieces.add(piece(DdlKind.RENAME_TABLE, from, to, DdlDetail.NONE, ifExists,
                    text("RENAME TABLE ").table(from).text(" TO ").table(to)));
        } while (c.acceptSymbol(","));
        acceptWait();
        expectEnd();
        return pieces;
    }

    private List<SingleDdl> dropTables(DdlKind kind, String prefix) {
        boolean ifExists = c.accept("IF", "EXISTS");
        do {
            TableId table = c.tableName().id();
            pieces.add(piece(kind, table, null, DdlDetail.NONE, ifExists, text(prefix).table(table)));
        } while (c.acceptSymbol(","));
        acceptWait();
        c.acceptAny("RESTRICT", "CASCADE");
        expectEnd();
        return pieces;
    }

    private List<SingleDdl> createIndex(boolean orReplace, String kindWord) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        int nameFrom = c.index();
        String name = c.identifier("an index name");
        KeyDefinitionParser.indexType(c);
        c.expect("ON");
        TokenCursor.TableRef table = c.tableName();
        List<String> columns = KeyDefinitionParser.keyParts(c);
        KeyDefinitionParser.indexOptions(c);
        skipAlgorithmAndLock();
        expectEnd();
        IndexDef.Kind kind = kindWord == null ? IndexDef.Kind.INDEX : IndexDef.Kind.valueOf(kindWord);
        if (orReplace) {
            pieces.add(piece(DdlKind.DROP_INDEX, table.id(), null, new AlterSpec.DropIndex(name, true), true,
                    text("DROP INDEX IF EXISTS " + TableId.quote(name) + " ON ").table(table.id())));
        }
        SqlTemplate.Builder sql = text("CREATE " + (kindWord == null ? "" : kindWord + " ") + "INDEX "
                + (ifNotExists ? "IF NOT EXISTS " : "")).append(rest(nameFrom, List.of(table)));
        pieces.add(piece(DdlKind.CREATE_INDEX, table.id(), null,
                new AlterSpec.AddIndex(new IndexDef(name, kind, columns), ifNotExists), ifNotExists, sql));
        return pieces;
    }

    private List<SingleDdl> dropIndex() {
        boolean ifExists = c.accept("IF", "EXISTS");
        String name = c.identifier("an index name");
        c.expect("ON");
        TokenCursor.TableRef table = c.tableName();
        int restFrom = c.index();
        skipAlgorithmAndLock();
        expectEnd();
        SqlTemplate.Builder sql = text("DROP INDEX IF EXISTS " + TableId.quote(name) + " ON ").table(table.id())
                .append(restAfterSpace(restFrom));
        pieces.add(piece(DdlKind.DROP_INDEX, table.id(), null, new AlterSpec.DropIndex(name, ifExists), ifExists,
                sql));
        return pieces;
    }

    private List<SingleDdl> createDatabase(boolean orReplace) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        TableId db = TableId.schemaOnly(c.identifier("a database name"));
        int restFrom = c.index();
        DdlDetail.DatabaseOptions options = databaseOptions();
        if (orReplace) {
            pieces.add(piece(DdlKind.DROP_DATABASE, db, null, DdlDetail.NONE, true,
                    text("DROP DATABASE IF EXISTS ").table(db)));
        }
        SqlTemplate.Builder sql = text("CREATE DATABASE IF NOT EXISTS ").table(db).append(restAfterSpace(restFrom));
        pieces.add(piece(DdlKind.CREATE_DATABASE, db, null, options, ifNotExists, sql));
        return pieces;
    }

    private List<SingleDdl> alterDatabase() {
        String name = c.defaultSchema();
        if (c.peek().isIdentifier() && !atDatabaseOption()) {
            name = c.identifier("a database name");
        }
        TableId db = TableId.schemaOnly(name);
        int restFrom = c.index();
        DdlDetail.DatabaseOptions options;
        if (c.accept("UPGRADE", "DATA", "DIRECTORY", "NAME")) {
            expectEnd();
            options = new DdlDetail.DatabaseOptions(null, null);
        } else {
            options = databaseOptions();
        }
        pieces.add(piece(DdlKind.ALTER_DATABASE, db, null, options, false,
                text("ALTER DATABASE ").table(db).append(restAfterSpace(restFrom))));
        return pieces;
    }

    private boolean atDatabaseOption() {
        return c.at("DEFAULT") || c.at("CHARACTER") || c.at("CHARSET") || c.at("CHAR") || c.at("COLLATE")
                || c.at("ENCRYPTION") || c.at("COMMENT") || c.at("READ") || c.at("UPGRADE");
    }

    /** [DEFAULT] CHARACTER SET / COLLATE / ENCRYPTION / COMMENT / READ ONLY, to the end. */
    private DdlDetail.DatabaseOptions databaseOptions() {
        String charset = null;
        String collation = null;
        while (!c.atEnd()) {
            c.accept("DEFAULT");
            if (c.accept("CHARACTER", "SET") || c.accept("CHAR", "SET") || c.accept("CHARSET")) {
                c.acceptSymbol("=");
                charset = Charsets.canonicalCharset(c.next().value());
            } else if (c.accept("COLLATE")) {
                c.acceptSymbol("=");
                collation = Charsets.canonicalCollation(c.next().value());
            } else if (c.acceptAny("ENCRYPTION", "COMMENT") != null || c.accept("READ", "ONLY")) {
                c.acceptSymbol("=");
                c.next();
            } else {
                throw c.error("unknown database option");
            }
        }
        if (charset == null && collation != null) {
            charset = Charsets.charsetOfCollation(collation);
        }
        return new DdlDetail.DatabaseOptions(charset, collation);
    }

    private List<SingleDdl> createSequence(boolean orReplace) {
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        TokenCursor.TableRef name = c.tableName();
        while (!c.atEnd()) {
            c.skipItem(); // sequence options do not change the (fixed) sequence table structure
        }
        if (orReplace) {
            pieces.add(piece(DdlKind.DROP_SEQUENCE, name.id(), null, DdlDetail.NONE, true,
                    text("DROP SEQUENCE IF EXISTS ").table(name.id())));
        }
        SqlTemplate.Builder sql = text("CREATE SEQUENCE IF NOT EXISTS ").table(name.id())
                .append(restAfterSpace(name.to()));
        pieces.add(piece(DdlKind.CREATE_SEQUENCE, name.id(), null, DdlDetail.NONE, ifNotExists, sql));
        return pieces;
    }

    private void skipAlgorithmAndLock() {
        while (c.acceptAny("ALGORITHM", "LOCK") != null) {
            c.acceptSymbol("=");
            c.next();
        }
        acceptWait();
    }

    /** MariaDB's WAIT n / NOWAIT lock-wait clause. */
    private void acceptWait() {
        if (c.accept("NOWAIT")) {
            return;
        }
        if (c.at("WAIT") && c.peek(1).type() == Token.Type.NUMBER) {
            c.next();
            c.next();
        }
    }

    private void expectEnd() {
        if (!c.atEnd()) {
            throw c.error("unexpected text");
        }
    }

    private SqlTemplate rest(int from, List<TokenCursor.TableRef> refs) {
        return SqlTemplate.builder().tokens(c.tokens(), from, c.tokens().size(), refs).build();
    }

    /** The tokens from {@code from} to the end, after one space; empty when there are none. */
    private SqlTemplate restAfterSpace(int from) {
        SqlTemplate tail = rest(from, List.of());
        return tail.render().isEmpty() ? tail : SqlTemplate.builder().text(" ").append(tail).build();
    }

    private static SqlTemplate.Builder text(String text) {
        return SqlTemplate.builder().text(text);
    }

    private static SingleDdl piece(DdlKind kind, TableId table, TableId newTable, DdlDetail detail,
                                   boolean conditional, SqlTemplate.Builder sql) {
        return new SingleDdl(kind, table, newTable, detail, conditional, sql.build());
    }

    private ParsedStatement done(List<SingleDdl> split) {
        return new ParsedStatement.Ddl(split);
    }

    private ParsedStatement done(SingleDdl single) {
        pieces.add(single);
        return new ParsedStatement.Ddl(pieces);
    }
}
