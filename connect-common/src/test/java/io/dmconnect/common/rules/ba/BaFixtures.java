package io.dmconnect.common.rules.ba;

import io.dmconnect.common.TableId;
import java.util.HashMap;
import java.util.Map;

/** Builds lists and ids from the compact notation of the table-driven tests. */
final class BaFixtures {
    private BaFixtures() {
    }

    static BlockAllowList list(String doDbs, String ignoreDbs, String doTables, String ignoreTables, boolean caseSensitive) {
        Map<String, String> props = new HashMap<>();
        props.put(BlockAllowListConfig.DO_DBS, doDbs);
        props.put(BlockAllowListConfig.IGNORE_DBS, ignoreDbs);
        props.put(BlockAllowListConfig.DO_TABLES, doTables);
        props.put(BlockAllowListConfig.IGNORE_TABLES, ignoreTables);
        return BlockAllowListConfig.parse(props, caseSensitive);
    }

    /** {@code db.t}, or {@code db/t} when a name contains a dot; {@code db} or {@code db/} is schema-only. */
    static TableId id(String text) {
        int slash = text.indexOf('/');
        int cut = slash >= 0 ? slash : text.indexOf('.');
        return cut < 0 ? TableId.schemaOnly(text) : new TableId(text.substring(0, cut), text.substring(cut + 1));
    }
}
