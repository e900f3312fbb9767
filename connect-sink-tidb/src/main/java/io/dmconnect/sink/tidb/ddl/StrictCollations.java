package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.ddl.AlterSpec;
import io.dmconnect.common.ddl.DdlDetail;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.common.ddl.TableDefinition;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.sink.tidb.ddl.SqlScanner.Tok;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ddl.collation.compatible=strict}, as DM's {@code adjustCollation}: a downstream with other default
 * collations (TiDB's utf8mb4 default is utf8mb4_bin) would otherwise compare and sort strings differently.
 * <ul>
 *   <li>CREATE TABLE (not LIKE): a column with a character set but no collation gets the upstream's default
 *       collation of that set; so do the table options. A table with no character set stays as it is (DM only
 *       warns).</li>
 *   <li>CREATE DATABASE: a character set without a collation gets its default collation; neither gets the
 *       upstream's collation_server from the event.</li>
 *   <li>ALTER TABLE ... ADD COLUMN with a character set but no collation: like a CREATE TABLE column (dm-connect;
 *       DM leaves ADD COLUMN alone).</li>
 * </ul>
 * The default collation comes from the upstream flavor ({@code information_schema.COLLATIONS} of the upstream).
 */
final class StrictCollations {
    private static final Set<String> NOT_COLUMNS = Set.of("PRIMARY", "KEY", "INDEX", "UNIQUE", "CONSTRAINT",
            "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK", "PERIOD");

    private final ServerFlavor upstream;

    StrictCollations(ServerFlavor upstream) {
        this.upstream = upstream;
    }

    /** {@code sql} (the printed {@code ddl}) with explicit collations added where DM adds them. */
    String apply(SingleDdl ddl, String sql, String collationServer) {
        return switch (ddl.kind()) {
            case CREATE_TABLE -> createTable(ddl.definition(), sql);
            case CREATE_DATABASE -> createDatabase((DdlDetail.DatabaseOptions) ddl.detail(), sql, collationServer);
            case ALTER_TABLE -> ddl.spec() instanceof AlterSpec.AddColumn add ? addColumn(add.column(), sql) : sql;
            default -> sql;
        };
    }

    private String createTable(TableDefinition definition, String sql) {
        List<Tok> toks = SqlScanner.scan(sql);
        int open = firstTopLevel(toks, "(");
        int close = open < 0 ? -1 : SqlScanner.closing(toks, open);
        if (close < 0) {
            return sql;
        }
        TreeMap<Integer, String> inserts = new TreeMap<>();
        int element = open + 1;
        for (int i = open + 1; i <= close; i++) {
            if (i == close || (toks.get(i).isSymbol(",") && toks.get(i).depth() == toks.get(open).depth() + 1)) {
                column(toks, element, i, definition, inserts);
                element = i + 1;
            }
        }
        AlterSpec.TableOptions options = definition.options();
        if (options.collation() == null && options.charset() != null) {
            charsetName(toks, close + 1, toks.size(), toks.get(open).depth())
                    .ifPresent(name -> inserts.put(name.end(), collateClause(toks, name, name.name())));
        }
        return insert(sql, inserts);
    }

    private void column(List<Tok> toks, int from, int to, TableDefinition definition, TreeMap<Integer, String> out) {
        if (from >= to || NOT_COLUMNS.contains(toks.get(from).upper())) {
            return;
        }
        String name = toks.get(from).name();
        Optional<ColumnDef> column = definition.columns().stream().filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst();
        if (column.isPresent() && column.get().charset() != null && column.get().collation() == null) {
            charsetName(toks, from + 1, to, toks.get(from).depth())
                    .ifPresent(cs -> out.put(cs.end(), " COLLATE " + defaultCollation(cs.name())));
        }
    }

    private String addColumn(ColumnDef column, String sql) {
        if (column.charset() == null || column.collation() != null) {
            return sql;
        }
        List<Tok> toks = SqlScanner.scan(sql);
        TreeMap<Integer, String> inserts = new TreeMap<>();
        charsetName(toks, 0, toks.size(), 0).ifPresent(cs -> inserts.put(cs.end(), " COLLATE "
                + defaultCollation(cs.name())));
        return insert(sql, inserts);
    }

    private String createDatabase(DdlDetail.DatabaseOptions options, String sql, String collationServer) {
        if (options.collation() != null) {
            return sql;
        }
        if (options.charset() != null) {
            List<Tok> toks = SqlScanner.scan(sql);
            String written = charsetName(toks, 0, toks.size(), 0).map(Tok::name).orElse(options.charset());
            return sql + " COLLATE " + defaultCollation(written);
        }
        return collationServer == null || collationServer.isBlank() ? sql
                : sql + " COLLATE " + collationServer.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The character-set name of a {@code CHARACTER SET x} / {@code CHARSET [=] x} / {@code CHAR SET x} clause
     * among tokens [from, to) at {@code depth}.
     */
    private static Optional<Tok> charsetName(List<Tok> toks, int from, int to, int depth) {
        for (int i = from; i < to - 1; i++) {
            Tok t = toks.get(i);
            if (t.depth() != depth) {
                continue;
            }
            int name = -1;
            if (t.isWord("CHARSET")) {
                name = i + 1;
            } else if ((t.isWord("CHARACTER") || t.isWord("CHAR")) && toks.get(i + 1).isWord("SET")) {
                name = i + 2;
            }
            if (name >= 0 && name < to && toks.get(name).isSymbol("=")) {
                name++;
            }
            if (name >= 0 && name < to && toks.get(name).kind() != SqlScanner.Kind.SYMBOL) {
                return Optional.of(toks.get(name));
            }
        }
        return Optional.empty();
    }

    /** Table options keep their own style: {@code CHARSET=x} gets {@code COLLATE=y}. */
    private String collateClause(List<Tok> toks, Tok name, String charset) {
        int index = toks.indexOf(name);
        boolean equals = index > 0 && toks.get(index - 1).isSymbol("=");
        return (equals ? " COLLATE=" : " COLLATE ") + defaultCollation(charset);
    }

    /** The upstream's default collation, spelled for the charset as written ({@code utf8} keeps {@code utf8_}). */
    String defaultCollation(String writtenCharset) {
        String collation = upstream.defaultCollation(writtenCharset);
        if (writtenCharset.equalsIgnoreCase("utf8") && collation.startsWith("utf8mb3_")) {
            return "utf8_" + collation.substring("utf8mb3_".length());
        }
        return collation;
    }

    private static int firstTopLevel(List<Tok> toks, String symbol) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).isSymbol(symbol) && toks.get(i).depth() == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String insert(String sql, TreeMap<Integer, String> inserts) {
        StringBuilder out = new StringBuilder(sql);
        for (var e : inserts.descendingMap().entrySet()) {
            out.insert(e.getKey().intValue(), e.getValue());
        }
        return out.toString();
    }
}
