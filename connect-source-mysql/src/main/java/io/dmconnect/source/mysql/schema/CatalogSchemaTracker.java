package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.DdlApplyException;
import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.SchemaApplier;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.position.BinlogPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * The {@link SchemaTracker}: a {@link SchemaCatalog} moved forward by the DDL parser and applier of
 * {@code io.dmconnect.common.ddl}, with every changed table's new version written to the {@link SchemaHistory}
 * before the DDL's records are published (so the history is never behind the offsets).
 */
public final class CatalogSchemaTracker implements SchemaTracker {
    private final DdlParser parser;
    private final SchemaApplier applier;
    private final SchemaHistory history;
    private final Map<TableId, List<SchemaVersion>> versions;
    private final Set<String> skipPositions;
    private volatile SchemaCatalog catalog; // read by JMX from other threads

    public CatalogSchemaTracker(SchemaCatalog initial, Map<TableId, List<SchemaVersion>> versions, SchemaHistory history,
                                ServerFlavor flavor, Set<String> skipPositions) {
        this.parser = new DdlParser(flavor);
        this.applier = new SchemaApplier(flavor);
        this.catalog = initial;
        this.versions = new HashMap<>(versions);
        this.history = history;
        this.skipPositions = Set.copyOf(skipPositions);
    }

    @Override
    public Optional<TableSchema> get(TableId table) {
        return catalog.table(table);
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    @Override
    public StatementOutcome apply(String sql, String defaultSchema, SqlMode mode, BinlogPosition at) {
        if (skipPositions.contains(at.file() + ":" + at.pos())) {
            return new StatementOutcome.Skipped("listed in schema.tracker.skip.positions");
        }
        ParsedStatement parsed = parser.parse(sql, defaultSchema == null ? "" : defaultSchema, mode);
        if (parsed instanceof ParsedStatement.Ddl ddl) {
            return new StatementOutcome.Applied(applyPieces(ddl.pieces(), at));
        }
        if (parsed instanceof ParsedStatement.Skipped s) {
            return new StatementOutcome.Skipped(s.reason());
        }
        if (parsed instanceof ParsedStatement.NotDdl n) {
            return new StatementOutcome.Skipped("not DDL: " + n.what());
        }
        if (parsed instanceof ParsedStatement.Unparseable u) {
            return new StatementOutcome.Unparseable(u.error(), u.mentionedTables());
        }
        ParsedStatement.TransactionControl tc = (ParsedStatement.TransactionControl) parsed;
        return switch (tc.kind()) {
            case BEGIN, XA_START -> new StatementOutcome.Begin();
            case COMMIT, ROLLBACK, XA_COMMIT, XA_ROLLBACK -> new StatementOutcome.End();
            default -> new StatementOutcome.Skipped("transaction control " + tc.kind());
        };
    }

    private List<AppliedDdl> applyPieces(List<SingleDdl> pieces, BinlogPosition at) {
        List<AppliedDdl> applied = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            SingleDdl piece = pieces.get(i);
            SchemaCatalog before = catalog;
            try {
                catalog = applier.apply(catalog, piece);
            } catch (DdlApplyException e) {
                throw new ConnectException("the DDL at " + at.file() + ":" + at.pos() + " does not apply to the tracked "
                        + "schema (" + e.getMessage() + "): " + piece.sql() + "\nWays out: if it does not change a "
                        + "captured table, skip it with schema.tracker.skip.positions=" + at.file() + ":" + at.pos()
                        + " (see docs/operations.md).", e);
            }
            TableId result = piece.newTable() != null ? piece.newTable() : piece.table();
            recordChanges(before, catalog, at.within(i, 1), piece);
            applied.add(new AppliedDdl(piece.sql(), piece.kind().name(), piece.table(), piece.newTable(),
                    before.table(piece.table()).orElse(null), catalog.table(result).orElse(null)));
        }
        return applied;
    }

    /** Every table whose schema the piece changed (created, altered, dropped, renamed away) gets a new version. */
    private void recordChanges(SchemaCatalog before, SchemaCatalog after, BinlogPosition position, SingleDdl piece) {
        Set<TableId> ids = new HashSet<>(before.tables().keySet());
        ids.addAll(after.tables().keySet());
        for (TableId id : ids) {
            TableSchema old = before.tables().get(id);
            TableSchema now = after.tables().get(id);
            if (!Objects.equals(old, now)) {
                remember(id, new SchemaVersion(position, piece.kind().name(), piece.sql(), now));
            }
        }
    }

    private void remember(TableId table, SchemaVersion version) {
        List<SchemaVersion> list = new ArrayList<>(versions.getOrDefault(table, List.of()));
        list.add(version);
        if (list.size() > SchemaHistory.VERSIONS_KEPT) {
            list = new ArrayList<>(list.subList(list.size() - SchemaHistory.VERSIONS_KEPT, list.size()));
        }
        versions.put(table, List.copyOf(list));
        history.store(table, versions.get(table));
    }

    /** Records the schemas read from the server at {@code position} (a fresh start). */
    public void recordBootstrap(BinlogPosition position) {
        recordBootstrap(position, catalog.tables().keySet());
    }

    /** Records the schemas of {@code tables}, read from the server, as of {@code position}. */
    public void recordBootstrap(BinlogPosition position, java.util.Collection<TableId> tables) {
        for (TableId id : tables) {
            catalog.table(id).ifPresent(table -> remember(id, new SchemaVersion(position, SchemaVersion.BOOTSTRAP, null, table)));
        }
    }
}
