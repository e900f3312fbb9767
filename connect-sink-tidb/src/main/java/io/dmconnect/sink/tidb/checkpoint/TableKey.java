package io.dmconnect.sink.tidb.checkpoint;

import io.dmconnect.common.TableId;

/**
 * An upstream table of one source, as one Kafka partition carries it: what a binlog position belongs to. The
 * source writes a table's rows to its partitions in binlog order, but rows of different partitions interleave, so
 * positions are comparable only within one partition.
 */
public record TableKey(String sourceId, TableId table, int partition) {
}
