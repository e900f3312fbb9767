package io.dmconnect.sink.tidb.dml;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement with {@code ?} placeholders and its parameters in order, ready for a JDBC
 * {@code PreparedStatement}. {@code rows} is the number of row images the statement carries (1, or the rows of a
 * multi-row statement); a safe-mode UPDATE gives two statements of one row each (DELETE and REPLACE).
 */
public record Statement(String sql, List<Object> params, int rows) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        // parameters may be NULL, which List.copyOf refuses
        params = Collections.unmodifiableList(params);
        if (rows < 1) {
            throw new IllegalArgumentException("a statement carries at least one row: " + sql);
        }
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
