package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds DM's DML statements with {@code ?} placeholders. Identifiers are backquoted with backquotes doubled.
 * <pre>
 * INSERT INTO `db`.`t` (`a`,`b`) VALUES (?,?)[,(?,?)...]
 * REPLACE INTO `db`.`t` (`a`,`b`) VALUES (?,?)[,(?,?)...]
 * INSERT INTO `db`.`t` (`a`,`b`) VALUES (?,?)[,...] ON DUPLICATE KEY UPDATE `a`=VALUES(`a`),`b`=VALUES(`b`)
 * UPDATE `db`.`t` SET `a` = ?, `b` = ? WHERE &lt;identity&gt; LIMIT 1
 * DELETE FROM `db`.`t` WHERE &lt;identity&gt; LIMIT 1
 * DELETE FROM `db`.`t` WHERE `id` IN (?,?)  |  WHERE (`a`,`b`) IN ((?,?),(?,?))  |  WHERE (&lt;id1&gt;) OR (&lt;id2&gt;)
 * </pre>
 * INSERT, REPLACE and UPDATE write the target's non-generated columns the image carries, in table order; the
 * identity is {@link RowIdentity} of the before image. Stateless and thread-safe.
 */
public final class DmlBuilder {
    /** The three statements that write a whole row image. */
    public enum InsertForm {
        INSERT("INSERT INTO "), REPLACE("REPLACE INTO "), UPSERT("INSERT INTO ");

        private final String head;

        InsertForm(String head) {
            this.head = head;
        }
    }

    /**
     * DM's single-row statements for a change ({@code genSQLs} without {@code multiple-rows}): INSERT, or REPLACE in
     * safe mode; UPDATE, or in safe mode REPLACE preceded by a DELETE of the old row when a primary or unique key
     * value changes; DELETE.
     */
    public List<Statement> statements(RowChange change, boolean safeMode) {
        return switch (change.op()) {
            case INSERT -> List.of(safeMode ? replace(change) : insert(change));
            case DELETE -> List.of(delete(change));
            case UPDATE -> !safeMode ? List.of(update(change))
                    : change.uniqueKeyUpdated() ? List.of(delete(change), replace(change))
                    : List.of(replace(change));
        };
    }

    /** {@code INSERT INTO t (..) VALUES (..)} of the after image. */
    public Statement insert(RowChange change) {
        return insertRows(List.of(change), InsertForm.INSERT);
    }

    /** {@code REPLACE INTO t (..) VALUES (..)} of the after image. */
    public Statement replace(RowChange change) {
        return insertRows(List.of(change), InsertForm.REPLACE);
    }

    /** {@code UPDATE t SET <written columns of after> WHERE <identity of before> LIMIT 1}. */
    public Statement update(RowChange change) {
        List<ColumnDef> columns = written(change, change.after());
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("UPDATE of " + change.table() + " writes no column of the table: "
                    + change.after().keySet());
        }
        StringBuilder sql = new StringBuilder(64 + 16 * columns.size()).append("UPDATE ")
                .append(change.table().quoted()).append(" SET ");
        List<Object> params = new ArrayList<>(columns.size() + 4);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(TableId.quote(columns.get(i).name())).append(" = ?");
            params.add(TableLayout.value(change.after(), columns.get(i).name()));
        }
        sql.append(" WHERE ");
        RowIdentity.of(change.schema(), change.before()).appendCondition(sql, params);
        return new Statement(sql.append(" LIMIT 1").toString(), params, 1);
    }

    /** {@code DELETE FROM t WHERE <identity of before> LIMIT 1}. */
    public Statement delete(RowChange change) {
        StringBuilder sql = new StringBuilder(64).append("DELETE FROM ").append(change.table().quoted())
                .append(" WHERE ");
        List<Object> params = new ArrayList<>(4);
        RowIdentity.of(change.schema(), change.before()).appendCondition(sql, params);
        return new Statement(sql.append(" LIMIT 1").toString(), params, 1);
    }

    /**
     * One INSERT, REPLACE or INSERT … ON DUPLICATE KEY UPDATE for the after images of {@code changes}, which must
     * all target one table and carry the same written columns ({@link #sameInsertShape}).
     */
    public Statement insertRows(List<RowChange> changes, InsertForm form) {
        RowChange first = changes.get(0);
        List<ColumnDef> columns = written(first, first.after());
        StringBuilder sql = new StringBuilder(64 + 8 * columns.size() * (changes.size() + 1)).append(form.head)
                .append(first.table().quoted()).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? "," : "").append(TableId.quote(columns.get(i).name()));
        }
        sql.append(") VALUES ");
        List<Object> params = new ArrayList<>(columns.size() * changes.size());
        for (int r = 0; r < changes.size(); r++) {
            RowChange change = changes.get(r);
            requireSameTable(first, change);
            if (r > 0 && !sameInsertShape(first, change)) {
                throw new IllegalArgumentException("rows of one INSERT must carry the same columns: " + change);
            }
            sql.append(r > 0 ? ",(" : "(");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i > 0 ? ",?" : "?");
                params.add(TableLayout.value(change.after(), columns.get(i).name()));
            }
            sql.append(')');
        }
        if (form == InsertForm.UPSERT) {
            sql.append(" ON DUPLICATE KEY UPDATE ");
            for (int i = 0; i < columns.size(); i++) {
                String name = TableId.quote(columns.get(i).name());
                sql.append(i > 0 ? "," : "").append(name).append("=VALUES(").append(name).append(')');
            }
        }
        return new Statement(sql.toString(), params, changes.size());
    }

    /**
     * One DELETE of the before images of {@code changes}, which must all target one table and have
     * {@link RowIdentity#unique() unique} identities: {@code IN} over a row constructor when every identity has the
     * same columns and no NULL, else the identities OR-ed. No LIMIT: each condition names at most one row.
     */
    public Statement deleteRows(List<RowChange> changes) {
        RowChange first = changes.get(0);
        List<RowIdentity> identities = new ArrayList<>(changes.size());
        boolean inList = true;
        for (RowChange change : changes) {
            requireSameTable(first, change);
            RowIdentity identity = RowIdentity.of(change.schema(), change.before());
            if (!identity.unique()) {
                throw new IllegalArgumentException("a row without a usable unique key is deleted alone (LIMIT 1), "
                        + "never in a multi-row DELETE: " + change);
            }
            inList &= !identity.anyNullSafe() && identity.sameColumns(identities.isEmpty() ? identity
                    : identities.get(0));
            identities.add(identity);
        }
        StringBuilder sql = new StringBuilder(64 + 16 * changes.size()).append("DELETE FROM ")
                .append(first.table().quoted()).append(" WHERE ");
        List<Object> params = new ArrayList<>(changes.size() * identities.get(0).columns().size());
        if (inList) {
            appendInList(sql, params, identities);
        } else {
            for (int r = 0; r < identities.size(); r++) {
                sql.append(r > 0 ? " OR (" : "(");
                identities.get(r).appendCondition(sql, params);
                sql.append(')');
            }
        }
        return new Statement(sql.toString(), params, changes.size());
    }

    /** Whether two changes' after images write the same columns of the same table (one multi-row INSERT). */
    public static boolean sameInsertShape(RowChange a, RowChange b) {
        if (!a.table().equals(b.table())) {
            return false;
        }
        List<ColumnDef> x = written(a, a.after());
        List<ColumnDef> y = written(b, b.after());
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).name().equalsIgnoreCase(y.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** Parameters one row of the after image takes in a multi-row INSERT. */
    static int insertParams(RowChange change) {
        return written(change, change.after()).size();
    }

    private static void appendInList(StringBuilder sql, List<Object> params, List<RowIdentity> identities) {
        List<ColumnDef> columns = identities.get(0).columns();
        boolean single = columns.size() == 1;
        if (single) {
            sql.append(TableId.quote(columns.get(0).name()));
        } else {
            sql.append('(');
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i > 0 ? "," : "").append(TableId.quote(columns.get(i).name()));
            }
            sql.append(')');
        }
        sql.append(" IN (");
        for (int r = 0; r < identities.size(); r++) {
            sql.append(r > 0 ? "," : "").append(single ? "" : "(");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i > 0 ? ",?" : "?");
            }
            sql.append(single ? "" : ")");
            params.addAll(identities.get(r).values());
        }
        sql.append(')');
    }

    private static List<ColumnDef> written(RowChange change, Map<String, Object> image) {
        return TableLayout.of(change.schema()).written(image);
    }

    private static void requireSameTable(RowChange first, RowChange change) {
        if (!first.table().equals(change.table())) {
            throw new IllegalArgumentException("rows of one statement must target one table: " + first.table()
                    + " and " + change.table());
        }
    }
}
