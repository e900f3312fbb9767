package io.dmconnect.source.mysql.snapshot;

import io.dmconnect.common.TableId;
import java.io.Serializable;

/**
 * One chunk of a table: the rows whose key is above {@code lower} (exclusive) and at most {@code upper}
 * (inclusive); a null bound is unbounded. {@code global} is its place in the plan's chunk list, which decides the
 * task that reads it. A table without a usable key is one chunk with both bounds null.
 */
public record Chunk(TableId table, int index, int global, Serializable[] lower, Serializable[] upper) {

    /** The chunk's name in its Connect source partition: {@code <plan_id>/<db>.<table>/<index>}. */
    public String id(String planId) {
        return planId + "/" + table.schema() + "." + table.table() + "/" + index;
    }

    public boolean readBy(int taskIndex, int taskCount) {
        return global % taskCount == taskIndex;
    }
}
