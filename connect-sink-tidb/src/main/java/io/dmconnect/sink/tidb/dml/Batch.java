package io.dmconnect.sink.tidb.dml;

import java.util.List;

/**
 * One downstream transaction of a worker: the jobs it applies (at most {@code batch.size}, in order) and the
 * statements that apply them. Commit the statements together; the jobs tell which changes (by {@code seq}) the
 * commit covers.
 */
public record Batch(List<DmlJob> jobs, List<Statement> statements) {
    public Batch {
        jobs = List.copyOf(jobs);
        statements = List.copyOf(statements);
    }
}
