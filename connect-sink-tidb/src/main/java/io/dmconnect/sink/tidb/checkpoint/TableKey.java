package io.dmconnect.sink.tidb.checkpoint;

import io.dmconnect.common.TableId;

/** An upstream table of one source: what a binlog position belongs to. */
public record TableKey(String sourceId, TableId table) {
}
