package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DM's causality keys of a row change ({@code CausalityKeys}): for the before and the after image, one key per
 * unique key of the target table (PK and every UNIQUE index) whose values are all non-NULL in that image; an image
 * that yields no key contributes its whole row instead. Two changes that share a key may touch the same downstream
 * row or unique value, so they must be applied in order.
 *
 * <p>Keys are over-approximations of the downstream comparison (see {@link ValueKeys} loose form, and the table
 * name folded to lower case): a false match costs parallelism, a missed match could reorder conflicting changes.
 */
public final class CausalityKeys {
    private CausalityKeys() {
    }

    /** The distinct keys of a change, before-image keys first. */
    public static List<String> of(RowChange change) {
        TableLayout layout = TableLayout.of(change.schema());
        Set<String> keys = new LinkedHashSet<>();
        if (!change.before().isEmpty()) {
            addImage(keys, change.table(), layout, change.before());
        }
        if (!change.after().isEmpty()) {
            addImage(keys, change.table(), layout, change.after());
        }
        return new ArrayList<>(keys);
    }

    private static void addImage(Set<String> keys, TableId table, TableLayout layout, Map<String, Object> image) {
        boolean any = false;
        for (TableLayout.Key key : layout.uniqueKeys()) {
            if (!TableLayout.covers(key, image)) {
                continue;
            }
            List<Object> values = RowIdentity.valuesOf(key.columns(), image);
            // a unique index never rejects a row with a NULL in it: such a value conflicts with nothing
            if (!values.contains(null)) {
                keys.add(indexKey(table, key.columns(), values));
                any = true;
            }
        }
        if (!any) {
            List<ColumnDef> all = layout.present(image, true);
            keys.add(rowKey(table, all, RowIdentity.valuesOf(all, image)));
        }
    }

    /** {@code `db`.`t`|`a`,`b`|<values>}: the key of one unique index's values. */
    static String indexKey(TableId table, List<ColumnDef> columns, List<Object> values) {
        StringBuilder key = tablePrefix(table);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                key.append(',');
            }
            key.append(TableId.quote(columns.get(i).name().toLowerCase(Locale.ROOT)));
        }
        key.append('|');
        for (int i = 0; i < columns.size(); i++) {
            ValueKeys.appendLoose(key, columns.get(i), values.get(i));
        }
        return key.toString();
    }

    /** {@code `db`.`t`|*|`a`=<value>`b`=<value>}: the key of a whole row, for rows without a usable unique key. */
    static String rowKey(TableId table, List<ColumnDef> columns, List<Object> values) {
        StringBuilder key = tablePrefix(table).append("*|");
        for (int i = 0; i < columns.size(); i++) {
            key.append(TableId.quote(columns.get(i).name().toLowerCase(Locale.ROOT))).append('=');
            ValueKeys.appendLoose(key, columns.get(i), values.get(i));
        }
        return key.toString();
    }

    private static StringBuilder tablePrefix(TableId table) {
        TableId folded = new TableId(table.schema().toLowerCase(Locale.ROOT), table.table().toLowerCase(Locale.ROOT));
        return new StringBuilder(64).append(folded.quoted()).append('|');
    }
}
