package io.dmconnect.sink.tidb.apply;

import io.dmconnect.sink.tidb.checkpoint.CheckpointStore;
import io.dmconnect.sink.tidb.checkpoint.Checkpoints;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.decode.RecordDecoder;
import io.dmconnect.sink.tidb.dml.DmlBuilder;
import io.dmconnect.sink.tidb.error.Backoff;
import io.dmconnect.sink.tidb.error.Classification;
import io.dmconnect.sink.tidb.error.ErrorClass;
import io.dmconnect.sink.tidb.error.ErrorClassifier;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failure means for the task, by the error classifier's table: a record that cannot be decoded or applied
 * goes to the dead-letter queue (the errant record reporter) and the task goes on; a transient error makes Connect
 * deliver the same batch again after a backoff (workers that committed skip what they applied); anything else
 * fails the task with the error code and what to do.
 */
public final class FailureHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    /** How Connect is asked to wait before redelivering. */
    public interface Retry {
        void timeout(long ms);
    }

    private final ErrorClassifier classifier = new ErrorClassifier();
    private final ErrantRecordReporter reporter;
    private final Retry retry;
    private final Backoff backoff = Backoff.DM_STATEMENT;
    private int attempts;
    private WorkerPool workers;
    private CheckpointStore store;
    private Checkpoints checkpoints;

    public FailureHandler(ErrantRecordReporter reporter, Retry retry) {
        this.reporter = reporter;
        this.retry = retry;
    }

    void bind(WorkerPool workers, CheckpointStore store, Checkpoints checkpoints) {
        this.workers = workers;
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /** Decodes, sending an undecodable record to the dead-letter queue. */
    Change decode(RecordDecoder decoder, SinkRecord record) {
        try {
            return decoder.decode(record);
        } catch (DataException | IllegalArgumentException | ClassCastException e) {
            report(record, new DataException("cannot decode " + record.topic() + "-" + record.kafkaPartition() + "@"
                    + record.kafkaOffset() + ": " + e.getMessage(), e));
            return new Change.Skip("undecodable", record);
        }
    }

    /** A flush succeeded: the retry budget starts again. */
    void succeeded() {
        attempts = 0;
    }

    void onWorkerFailure(WorkerPool.WorkerFailure failure, List<PendingJob> jobs) throws InterruptedException {
        boolean safe = !jobs.isEmpty() && jobs.stream().allMatch(p -> p.job().safeMode());
        Classification c = classifier.classify(failure.getCause(), ErrorClassifier.Context.dml(safe));
        ErrorClass kind = c.errorClass();
        LOG.warn("apply failed on worker {} ({}: {}): {}", failure.worker(), kind, c.explain(), failure.getCause().getMessage());
        if ((kind == ErrorClass.RECORD || kind == ErrorClass.SPLIT_AND_RETRY) && failure.getSuppressed().length == 0) {
            // a rejected row, or a transaction too large: one row per transaction finds the row / fits the limit
            applyRowByRow(failure.worker(), jobs);
            return;
        }
        if (kind == ErrorClass.RETRY || kind == ErrorClass.SPLIT_AND_RETRY || kind == ErrorClass.RECORD
                || kind == ErrorClass.RETRY_IF_IDEMPOTENT && safe) {
            if (!backoff.allows(++attempts)) {
                throw new SinkException(ErrorCode.RETRIES_EXHAUSTED, "gave up after " + attempts + " attempts: " + c.explain(), failure.getCause());
            }
            retry.timeout(backoff.delay(attempts).toMillis());
            throw new RetriableException(c.explain(), failure.getCause());
        }
        throw new SinkException(ErrorCode.DOWNSTREAM_FAILED, c.explain(), failure.getCause());
    }

    /** One job per transaction on the failed worker: the rows that fail go to the dead-letter queue. */
    private void applyRowByRow(int worker, List<PendingJob> jobs) throws InterruptedException {
        try {
            workers.runAll(Map.of(worker, conn -> {
                for (PendingJob job : jobs) {
                    if (checkpoints.appliedOffset(worker, job.tp(), job.offset())) {
                        continue;
                    }
                    applyOne(conn, worker, job);
                }
            }));
        } catch (WorkerPool.WorkerFailure f) {
            if (f.getCause() instanceof SinkException fatal) {
                throw fatal;
            }
            throw new RetriableException("applying row by row failed: " + f.getCause().getMessage(), f.getCause());
        }
    }

    private void applyOne(Connection conn, int worker, PendingJob job) throws SQLException {
        Map<org.apache.kafka.common.TopicPartition, Long> next = Map.of(job.tp(), job.offset() + 1);
        try {
            WorkerCommit.execute(conn, new DmlBuilder().statements(job.job().change(), job.job().safeMode()));
        } catch (SQLException e) {
            conn.rollback();
            Classification c = classifier.classify(e, ErrorClassifier.Context.dml(job.job().safeMode()));
            if (c.errorClass() == ErrorClass.SPLIT_AND_RETRY) {
                throw new SinkException(ErrorCode.TRANSACTION_TOO_LARGE, "a single row of " + job.record().topic() + "-"
                        + job.record().kafkaPartition() + "@" + job.record().kafkaOffset() + ": " + c.explain(), e);
            }
            if (c.errorClass() != ErrorClass.RECORD) {
                throw e;
            }
            report(job.record(), e);
        }
        Map<io.dmconnect.sink.tidb.checkpoint.TableKey, io.dmconnect.sink.tidb.decode.SourcePos> pos =
                job.table() == null ? Map.of() : Map.of(job.table(), job.pos());
        store.save(conn, worker, next, pos);
        conn.commit();
        checkpoints.advance(worker, next, pos);
    }

    private void report(SinkRecord record, Throwable error) {
        if (reporter == null) {
            throw new SinkException(ErrorCode.ROW_REJECTED, "no dead-letter queue is configured (errors.tolerance=all, "
                    + "errors.deadletterqueue.topic.name) for a record that cannot be applied: " + error.getMessage(), error);
        }
        LOG.warn("sending {}-{}@{} to the dead-letter queue: {}", record.topic(), record.kafkaPartition(), record.kafkaOffset(), error.getMessage());
        try {
            reporter.report(record, error).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while reporting to the dead-letter queue", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new RetriableException("cannot write to the dead-letter queue: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
