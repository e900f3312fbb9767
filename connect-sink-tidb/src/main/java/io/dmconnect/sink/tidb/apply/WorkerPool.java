package io.dmconnect.sink.tidb.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code worker.count} downstream connections, each used by exactly one thread, so a worker's transactions are
 * applied in the order they were handed over. Connections open lazily and reopen after a failure.
 */
public final class WorkerPool implements AutoCloseable {
    /** Work for one worker on its connection; the work commits or rolls back itself. */
    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** A worker's failure, with the worker's index. */
    public static final class WorkerFailure extends Exception {
        private final int worker;

        WorkerFailure(int worker, Throwable cause) {
            super("worker " + worker + ": " + cause.getMessage(), cause);
            this.worker = worker;
        }

        public int worker() {
            return worker;
        }
    }

    private final DownstreamConnections downstream;
    private final List<ExecutorService> threads = new ArrayList<>();
    private final Connection[] connections;

    public WorkerPool(DownstreamConnections downstream, int workers, String name) {
        this.downstream = downstream;
        this.connections = new Connection[workers];
        for (int i = 0; i < workers; i++) {
            int index = i;
            threads.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name + "-apply-" + index);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    public int size() {
        return connections.length;
    }

    /** Runs every worker's work in parallel and waits for all; every failure is reported, the first one thrown. */
    public void runAll(Map<Integer, Work> work) throws WorkerFailure, InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        List<Integer> order = new ArrayList<>(work.keySet());
        for (int w : order) {
            futures.add(threads.get(w).submit(() -> {
                runOn(w, work.get(w));
                return null;
            }));
        }
        WorkerFailure first = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get();
            } catch (ExecutionException e) {
                WorkerFailure f = new WorkerFailure(order.get(i), e.getCause());
                if (first == null) {
                    first = f;
                } else {
                    first.addSuppressed(f);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void runOn(int worker, Work work) throws SQLException {
        Connection c = connections[worker];
        if (c == null || c.isClosed()) {
            c = downstream.open();
            connections[worker] = c;
        }
        try {
            work.run(c);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            if (c.isClosed() || !c.isValid(2)) {
                connections[worker] = null;
            }
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is broken; it is replaced on next use
        }
    }

    @Override
    public void close() {
        threads.forEach(ExecutorService::shutdownNow);
        for (Connection c : connections) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // closing anyway
                }
            }
        }
    }
}
