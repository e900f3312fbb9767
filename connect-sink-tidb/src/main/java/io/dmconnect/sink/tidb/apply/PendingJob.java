package io.dmconnect.sink.tidb.apply;

import io.dmconnect.sink.tidb.checkpoint.TableKey;
import io.dmconnect.sink.tidb.decode.SourcePos;
import io.dmconnect.sink.tidb.dml.DmlJob;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One row change queued on a worker, with what its commit must record: its Kafka coordinates and, when the source
 * gives an exact position, its upstream table and binlog position.
 */
record PendingJob(DmlJob job, SinkRecord record, TopicPartition tp, long offset, TableKey table, SourcePos pos) {
}
