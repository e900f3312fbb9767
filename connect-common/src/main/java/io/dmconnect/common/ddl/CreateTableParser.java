package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.Objects;

/**
 * Parses the output of {@code SHOW CREATE TABLE} (MariaDB 10.11, MySQL 8.0) into the {@link TableSchema} the
 * tracker bootstraps a table with. It shares the CREATE TABLE grammar and the column resolution of
 * {@link SchemaApplier}, so a bootstrapped table and a table built from DDL compare equal. The output always names
 * the table's charset, so no database defaults are needed. Thread-safe.
 */
public final class CreateTableParser {
    private final DdlParser parser;
    private final ServerFlavor flavor;

    public CreateTableParser(ServerFlavor flavor) {
        this.flavor = Objects.requireNonNull(flavor, "flavor");
        this.parser = new DdlParser(flavor);
    }

    /**
     * @param showCreateTableOutput the second column of SHOW CREATE TABLE (a CREATE TABLE or, for MariaDB
     *                              sequences, CREATE SEQUENCE statement)
     * @param id                    the table it describes (the output names the table unqualified)
     * @throws DdlSyntaxException when the text is not a CREATE TABLE this package can parse
     */
    public TableSchema parse(String showCreateTableOutput, TableId id) {
        ParsedStatement parsed = parser.parse(showCreateTableOutput, id.schema());
        if (parsed instanceof ParsedStatement.Unparseable u) {
            throw new DdlSyntaxException("cannot parse SHOW CREATE TABLE output of " + id + ": " + u.error(), 0);
        }
        if (!(parsed instanceof ParsedStatement.Ddl ddl) || ddl.pieces().size() != 1
                || !(ddl.pieces().get(0).kind() == DdlKind.CREATE_TABLE
                || ddl.pieces().get(0).kind() == DdlKind.CREATE_SEQUENCE)) {
            throw new DdlSyntaxException("SHOW CREATE TABLE output of " + id + " is not one CREATE TABLE", 0);
        }
        TableId written = ddl.pieces().get(0).table();
        SingleDdl create = ddl.pieces().get(0).renamed(t -> t.equals(written) ? id : t);
        return new SchemaApplier(flavor).apply(SchemaCatalog.EMPTY, create).table(id).orElseThrow();
    }
}
