package io.dmconnect.sink.tidb.dml;

import java.util.ArrayList;
import java.util.List;

/**
 * DM's merger ({@code multiple-rows: true}, {@code genDMLsWithSameOp}): consecutive jobs of the same statement
 * class, target table and column set become one multi-row statement. Classes:
 * <ul>
 *   <li>INSERT (not in safe mode) → {@code INSERT … VALUES (..),(..)};</li>
 *   <li>INSERT in safe mode → {@code REPLACE … VALUES (..),(..)};</li>
 *   <li>UPDATE that keeps the PK / NOT NULL unique key values, not in safe mode, on a table that has one →
 *       {@code INSERT … VALUES (..),(..) ON DUPLICATE KEY UPDATE c=VALUES(c),…};</li>
 *   <li>other UPDATEs → their single-row statements (UPDATE; or DELETE + REPLACE / REPLACE in safe mode);</li>
 *   <li>DELETE → one {@code DELETE … WHERE … IN (..)} when the rows have a unique identity; a row identified by
 *       all its columns is deleted alone with {@code LIMIT 1}.</li>
 * </ul>
 * Order is kept: only neighbours merge. A statement holds at most {@code maxRows} rows and 65,535 placeholders
 * (the MySQL protocol's limit for a prepared statement).
 */
public final class MultiRowMerger {
    static final int MAX_PLACEHOLDERS = 65_535;

    private enum Kind { INSERT, REPLACE, UPSERT, UPDATE, DELETE }

    private final DmlBuilder builder;
    private final int maxRows;

    public MultiRowMerger(DmlBuilder builder, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a statement holds at least one row, got " + maxRows);
        }
        this.builder = builder;
        this.maxRows = maxRows;
    }

    /** The statements for {@code jobs}, in order. */
    public List<Statement> merge(List<DmlJob> jobs) {
        List<Statement> out = new ArrayList<>();
        List<RowChange> group = new ArrayList<>();
        Kind groupKind = null;
        int groupParams = 0;
        for (DmlJob job : jobs) {
            RowChange change = job.change();
            Kind kind = kind(job);
            if (kind == Kind.UPDATE || kind == Kind.DELETE && !RowIdentity.of(change.schema(), change.before())
                    .unique()) {
                flush(out, group, groupKind);
                group.clear();
                out.addAll(builder.statements(change, job.safeMode()));
                continue;
            }
            int params = kind == Kind.DELETE
                    ? RowIdentity.of(change.schema(), change.before()).columns().size()
                    : DmlBuilder.insertParams(change);
            if (!group.isEmpty() && (kind != groupKind || !fits(kind, group.get(0), change)
                    || group.size() >= maxRows || groupParams + params > MAX_PLACEHOLDERS)) {
                flush(out, group, groupKind);
                group.clear();
                groupParams = 0;
            }
            group.add(change);
            groupKind = kind;
            groupParams += params;
        }
        flush(out, group, groupKind);
        return out;
    }

    private static Kind kind(DmlJob job) {
        return switch (job.change().op()) {
            case INSERT -> job.safeMode() ? Kind.REPLACE : Kind.INSERT;
            case UPDATE -> !job.safeMode() && !job.change().identityUpdated() && keyed(job.change())
                    ? Kind.UPSERT : Kind.UPDATE;
            case DELETE -> Kind.DELETE;
        };
    }

    /**
     * ON DUPLICATE KEY UPDATE finds the row through a key; without a PK / NOT NULL unique key it would insert a
     * twin (DM sends an UPDATE that changes nothing on such a table there).
     */
    private static boolean keyed(RowChange change) {
        TableLayout.Key key = TableLayout.of(change.schema()).identityKey();
        return key != null && TableLayout.covers(key, change.after());
    }

    private static boolean fits(Kind kind, RowChange first, RowChange next) {
        return kind == Kind.DELETE ? first.table().equals(next.table()) : DmlBuilder.sameInsertShape(first, next);
    }

    private void flush(List<Statement> out, List<RowChange> group, Kind kind) {
        if (group.isEmpty()) {
            return;
        }
        List<RowChange> rows = List.copyOf(group);
        out.add(switch (kind) {
            case INSERT -> builder.insertRows(rows, DmlBuilder.InsertForm.INSERT);
            case REPLACE -> builder.insertRows(rows, DmlBuilder.InsertForm.REPLACE);
            case UPSERT -> builder.insertRows(rows, DmlBuilder.InsertForm.UPSERT);
            // one row keeps the plain single-row form, LIMIT 1 included
            case DELETE -> rows.size() == 1 ? builder.delete(rows.get(0)) : builder.deleteRows(rows);
            case UPDATE -> throw new IllegalStateException("UPDATEs are never merged");
        });
    }
}
