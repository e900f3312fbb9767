package io.dmconnect.sink.tidb.dml;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one worker's ordered jobs into transactions of at most {@code batch.size} jobs, DM's {@code batch}: the
 * limit counts row changes, as DM counts jobs, so a safe-mode UPDATE (DELETE + REPLACE) still counts once. With
 * {@code multiple.rows}, neighbouring jobs inside a transaction merge into multi-row statements
 * ({@link MultiRowMerger}); without it every job gets DM's single-row statements. Stateless.
 */
public final class Batcher {
    private final DmlBuilder builder;
    private final MultiRowMerger merger;
    private final int batchSize;

    public Batcher(DmlBuilder builder, int batchSize, boolean multipleRows) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.builder = builder;
        this.batchSize = batchSize;
        this.merger = multipleRows ? new MultiRowMerger(builder, batchSize) : null;
    }

    public static Batcher of(DmlConfig config) {
        return new Batcher(new DmlBuilder(), config.batchSize(), config.multipleRows());
    }

    /** The transactions for {@code jobs}, in order. */
    public List<Batch> batches(List<DmlJob> jobs) {
        List<Batch> batches = new ArrayList<>((jobs.size() + batchSize - 1) / batchSize);
        for (int from = 0; from < jobs.size(); from += batchSize) {
            List<DmlJob> slice = jobs.subList(from, Math.min(jobs.size(), from + batchSize));
            batches.add(new Batch(slice, statements(slice)));
        }
        return batches;
    }

    private List<Statement> statements(List<DmlJob> jobs) {
        if (merger != null) {
            return merger.merge(jobs);
        }
        List<Statement> statements = new ArrayList<>(jobs.size() + 1);
        for (DmlJob job : jobs) {
            statements.addAll(builder.statements(job.change(), job.safeMode()));
        }
        return statements;
    }
}
