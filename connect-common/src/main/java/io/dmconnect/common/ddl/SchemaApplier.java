package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.List;
import java.util.Objects;

/**
 * Applies one {@link SingleDdl} to a {@link SchemaCatalog} and returns the changed catalog, with MySQL/MariaDB
 * semantics for every statement the parser produces. It follows what the upstream actually ran, not DM's
 * rewritten text: a CREATE TABLE without IF NOT EXISTS replaces a stale tracked copy; DROP of an unknown table
 * changes nothing (it is not one the tracker knows). A statement whose effect cannot be derived from the catalog
 * (ALTER of an unknown table, unknown column, CREATE TABLE ... SELECT) throws {@link DdlApplyException}; the
 * catalog is then unchanged. Stateless and thread-safe.
 */
public final class SchemaApplier {
    private static final String SEQUENCE_TABLE = "CREATE TABLE s (next_not_cached_value bigint(21) NOT NULL,"
            + " minimum_value bigint(21) NOT NULL, maximum_value bigint(21) NOT NULL,"
            + " start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL,"
            + " cache_size bigint(21) unsigned NOT NULL, cycle_option tinyint(1) unsigned NOT NULL,"
            + " cycle_count bigint(21) NOT NULL) SEQUENCE=1";

    private final ServerFlavor flavor;
    private final AlterApplier alter;

    public SchemaApplier(ServerFlavor flavor) {
        this.flavor = Objects.requireNonNull(flavor, "flavor");
        this.alter = new AlterApplier(flavor);
    }

    public SchemaCatalog apply(SchemaCatalog catalog, SingleDdl ddl) {
        try {
            return dispatch(catalog, ddl);
        } catch (SchemaConflict e) {
            throw new DdlApplyException(ddl, e.reason(), e.getMessage());
        }
    }

    /** Applies pieces in order (the result of one {@link ParsedStatement.Ddl}). */
    public SchemaCatalog applyAll(SchemaCatalog catalog, List<SingleDdl> pieces) {
        SchemaCatalog result = catalog;
        for (SingleDdl piece : pieces) {
            result = apply(result, piece);
        }
        return result;
    }

    private SchemaCatalog dispatch(SchemaCatalog catalog, SingleDdl ddl) {
        TableId id = ddl.table();
        return switch (ddl.kind()) {
            case CREATE_DATABASE -> createDatabase(catalog, ddl);
            case ALTER_DATABASE -> alterDatabase(catalog, ddl);
            case DROP_DATABASE -> catalog.withoutDatabase(id.schema());
            case CREATE_TABLE -> exists(catalog, id) && ddl.conditional() ? catalog
                    : catalog.withTable(TableBuilder.build(id, ddl.definition(), catalog, flavor));
            case CREATE_TABLE_LIKE -> createLike(catalog, ddl);
            case CREATE_TABLE_AS_SELECT -> throw new SchemaConflict(DdlApplyException.Reason.NEEDS_SCHEMA,
                    "the columns of CREATE TABLE ... SELECT depend on the query; give the table's schema");
            case DROP_TABLE, DROP_SEQUENCE -> catalog.withoutTable(id);
            case TRUNCATE_TABLE, ALTER_SEQUENCE -> catalog;
            case RENAME_TABLE -> rename(catalog, ddl, id, ddl.newTable());
            case ALTER_TABLE -> alterTable(catalog, ddl);
            case CREATE_INDEX, DROP_INDEX -> alterTable(catalog, ddl);
            case CREATE_SEQUENCE -> exists(catalog, id) && ddl.conditional() ? catalog
                    : catalog.withTable(sequence(id, catalog));
        };
    }

    private SchemaCatalog createDatabase(SchemaCatalog catalog, SingleDdl ddl) {
        String name = ddl.table().schema();
        if (catalog.database(name).isPresent() && ddl.conditional()) {
            return catalog;
        }
        DdlDetail.DatabaseOptions options = (DdlDetail.DatabaseOptions) ddl.detail();
        String charset = options.charset() != null ? options.charset() : flavor.serverCharset();
        String collation = options.collation() != null ? options.collation()
                : options.charset() != null ? flavor.defaultCollation(charset) : flavor.serverCollation();
        return catalog.withDatabase(new SchemaCatalog.DatabaseDef(name, charset, collation));
    }

    private SchemaCatalog alterDatabase(SchemaCatalog catalog, SingleDdl ddl) {
        String name = ddl.table().schema();
        DdlDetail.DatabaseOptions options = (DdlDetail.DatabaseOptions) ddl.detail();
        if (options.charset() == null && options.collation() == null) {
            return catalog;
        }
        String charset = options.charset();
        String collation = options.collation() != null ? options.collation() : flavor.defaultCollation(charset);
        return catalog.withDatabase(new SchemaCatalog.DatabaseDef(name, charset, collation));
    }

    private SchemaCatalog createLike(SchemaCatalog catalog, SingleDdl ddl) {
        if (exists(catalog, ddl.table()) && ddl.conditional()) {
            return catalog;
        }
        TableId source = ((DdlDetail.LikeTable) ddl.detail()).source();
        TableSchema from = catalog.table(source).orElseThrow(() -> new SchemaConflict(
                DdlApplyException.Reason.UNKNOWN_TABLE, "the LIKE source " + source + " is not tracked"));
        return catalog.withTable(moved(from, ddl.table()));
    }

    private SchemaCatalog rename(SchemaCatalog catalog, SingleDdl ddl, TableId from, TableId to) {
        TableSchema table = catalog.table(from).orElse(null);
        if (table == null) {
            if (ddl.conditional()) {
                return catalog;
            }
            throw new SchemaConflict(DdlApplyException.Reason.UNKNOWN_TABLE, "table " + from + " is not tracked");
        }
        if (!from.equals(to) && exists(catalog, to)) {
            throw new SchemaConflict(DdlApplyException.Reason.TABLE_EXISTS, "table " + to + " already exists");
        }
        return catalog.withoutTable(from).withTable(moved(table, to));
    }

    private SchemaCatalog alterTable(SchemaCatalog catalog, SingleDdl ddl) {
        TableSchema table = catalog.table(ddl.table()).orElse(null);
        if (table == null) {
            if (ddl.conditional() && ddl.kind() == DdlKind.ALTER_TABLE) {
                return catalog;
            }
            throw new SchemaConflict(DdlApplyException.Reason.UNKNOWN_TABLE, "table " + ddl.table()
                    + " is not tracked");
        }
        AlterSpec spec = ddl.spec();
        if (spec instanceof AlterSpec.RenameTable r) {
            return rename(catalog, ddl, ddl.table(), r.newTable());
        }
        if (spec instanceof AlterSpec.Partition p) {
            return partition(catalog, table, p);
        }
        return catalog.withTable(alter.apply(table, spec));
    }

    /** CONVERT PARTITION p TO TABLE t creates t like the partitioned table; CONVERT TABLE t TO PARTITION drops t. */
    private static SchemaCatalog partition(SchemaCatalog catalog, TableSchema table, AlterSpec.Partition p) {
        if (p.tables().isEmpty()) {
            return catalog;
        }
        TableId other = p.tables().get(0);
        return switch (p.op()) {
            case CONVERT_TO_TABLE -> catalog.withTable(moved(table, other));
            case CONVERT_FROM_TABLE -> catalog.withoutTable(other);
            default -> catalog;
        };
    }

    private TableSchema sequence(TableId id, SchemaCatalog catalog) {
        ParsedStatement parsed = new DdlParser(flavor).parse(SEQUENCE_TABLE, id.schema());
        SingleDdl create = ((ParsedStatement.Ddl) parsed).pieces().get(0);
        return TableBuilder.build(id, create.definition(), catalog, flavor);
    }

    private static boolean exists(SchemaCatalog catalog, TableId id) {
        return catalog.table(id).isPresent();
    }

    private static TableSchema moved(TableSchema t, TableId to) {
        return new TableSchema(to, t.columns(), t.indexes(), t.charset(), t.collation(), t.engine(), t.comment());
    }
}
