package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Objects;

/**
 * A FOREIGN KEY clause. The tracker keeps no constraints, but InnoDB creates an index for the referencing columns
 * when none can serve, and that index is part of the table's schema.
 *
 * @param name       the CONSTRAINT symbol, or null
 * @param indexName  the index name written after FOREIGN KEY, or null
 * @param columns    referencing columns
 * @param refTable   referenced table (qualified with the child table's schema when written unqualified)
 * @param refColumns referenced columns
 */
public record ForeignKey(String name, String indexName, List<String> columns, TableId refTable,
                         List<String> refColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(refTable, "refTable");
        refColumns = List.copyOf(refColumns);
    }
}
