package io.dmconnect.sink.tidb;

import io.dmconnect.common.Version;
import io.dmconnect.sink.tidb.apply.ApplyEngine;
import io.dmconnect.sink.tidb.apply.FailureHandler;
import io.dmconnect.sink.tidb.apply.PartitionControl;
import io.dmconnect.sink.tidb.apply.SinkAssembly;
import io.dmconnect.sink.tidb.checkpoint.Checkpoints;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies change records to the downstream. Thin: the engine does the work; the task seeks each partition to the
 * checkpoint kept downstream (so a record is applied once whatever Kafka's committed offsets say) and reports as
 * committed only what the downstream has.
 */
public final class TiDbSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(TiDbSinkTask.class);
    private ApplyEngine engine;
    private Checkpoints checkpoints;
    private SinkAssembly.Assembled assembled;

    @Override
    public void start(Map<String, String> props) {
        TiDbSinkConfig config = new TiDbSinkConfig(props);
        ErrantRecordReporter reporter = errantReporter();
        FailureHandler failures = new FailureHandler(reporter, ms -> context.timeout(ms));
        assembled = SinkAssembly.build(config, props, props.getOrDefault("name", "tidb-sink"), failures, new PartitionControl() {
            @Override
            public void pause(TopicPartition tp) {
                context.pause(tp);
            }

            @Override
            public void resume(TopicPartition tp) {
                context.resume(tp);
            }

            @Override
            public java.util.Set<Integer> assigned(String topic) {
                java.util.Set<Integer> mine = new java.util.HashSet<>();
                context.assignment().forEach(tp -> {
                    if (tp.topic().equals(topic)) {
                        mine.add(tp.partition());
                    }
                });
                return mine;
            }
        });
        engine = assembled.engine();
        checkpoints = assembled.checkpoints();
    }

    private ErrantRecordReporter errantReporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null; // a worker older than Kafka 2.6
        }
    }

    /**
     * Each partition resumes at the lowest offset any worker has not applied; workers skip what they applied. The
     * checkpoints are read again on every assignment: a rebalance hands over partitions whose rows another task
     * applied after this task started.
     */
    @Override
    public void open(Collection<TopicPartition> partitions) {
        assembled.reloadCheckpoints().run(); // another task may have applied these partitions since this one started
        Map<TopicPartition, Long> seek = new HashMap<>();
        for (TopicPartition tp : partitions) {
            checkpoints.seekOffset(tp, assembled.workers()).ifPresent(offset -> seek.put(tp, offset));
            checkpoints.exitOffset(tp).ifPresent(exit -> assembled.safeMode().exitPoint(tp, exit));
        }
        if (!seek.isEmpty()) {
            LOG.info("resuming from the downstream checkpoint: {}", seek);
            context.offset(seek);
        }
        context.resume(engine.unheld(partitions).toArray(TopicPartition[]::new));
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        if (engine != null) {
            engine.revoked(partitions);
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            engine.put(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.apache.kafka.connect.errors.RetriableException("interrupted while applying", e);
        }
        long linger = engine.lingerMs();
        if (linger >= 0) {
            context.timeout(linger); // held rows: Connect calls put again by then, with new records or none
        }
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            engine.flushHeld();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the held rows stay held and the next put applies them again (or fails the task): commit what is applied
            LOG.warn("applying the held rows before an offset commit failed: {}", e.getMessage());
        }
        Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
        engine.committed().forEach((tp, next) -> {
            if (currentOffsets.containsKey(tp)) {
                applied.put(tp, new OffsetAndMetadata(next));
            }
        });
        return applied;
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
