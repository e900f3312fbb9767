package io.dmconnect.cli;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.ConnectRestClient.ConnectorStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The live view of {@code run}: every connector's REST state and, with JMX, its metrics. On a terminal the view is
 * redrawn in place; into a file or a pipe a new block is appended instead, less often, so logs stay readable.
 */
final class LiveProgress {
    static final Duration TERMINAL_INTERVAL = Duration.ofSeconds(2);
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
    private static final String HOME_AND_CLEAR = "\033[H\033[J";

    private final ConnectRestClient rest;
    private final List<ConnectorFile> connectors;
    private final JmxMetrics jmx;
    private final ProgressView view;
    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, String> types = new HashMap<>();
    private boolean jmxFailed;

    /** {@code jmx} may be null: REST state only. */
    LiveProgress(ConnectRestClient rest, List<ConnectorFile> connectors, JmxMetrics jmx, ProgressView view,
                 PrintStream out, boolean terminal) {
        this.rest = rest;
        this.connectors = connectors;
        this.jmx = jmx;
        this.view = view;
        this.out = out;
        this.terminal = terminal;
    }

    Duration interval() {
        return terminal ? TERMINAL_INTERVAL : LOG_INTERVAL;
    }

    /** Shows the view every {@link #interval()} until {@code stop} says so (checked every 200 ms). */
    void showUntil(BooleanSupplier stop) throws InterruptedException {
        long next = 0;
        while (!stop.getAsBoolean()) {
            if (System.nanoTime() >= next) {
                show();
                next = System.nanoTime() + interval().toNanos();
            }
            Thread.sleep(200);
        }
    }

    void show() {
        String frame = "--- " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ---\n" + view.render(collect());
        synchronized (out) {
            out.print(terminal ? HOME_AND_CLEAR + frame : frame);
            out.flush();
        }
    }

    List<Progress.OfConnector> collect() {
        List<Progress.OfConnector> all = new ArrayList<>();
        for (ConnectorFile c : connectors) {
            ConnectorStatus status = status(c.name());
            String type = types.computeIfAbsent(c.name(), n -> c.isDmSource() ? "source" : typeOf(n));
            Progress.Source source = null;
            Progress.Sink sink = null;
            if (jmx != null && !jmxFailed) {
                try {
                    source = c.isDmSource() ? jmx.source(c.sourceId()) : null;
                    sink = "sink".equals(type) ? jmx.sink(c.name()) : null;
                } catch (IOException | RuntimeException e) {
                    jmxFailed = true; // the worker went away or never had JMX: keep showing REST state
                    out.println("JMX stopped answering (" + e.getMessage() + "): showing REST state only from now on");
                }
            }
            all.add(new Progress.OfConnector(c.name(), type, status, source, sink));
        }
        return all;
    }

    private ConnectorStatus status(String name) {
        try {
            return rest.status(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String typeOf(String name) {
        try {
            return rest.get("/connectors/" + name).path("type").asText("?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
