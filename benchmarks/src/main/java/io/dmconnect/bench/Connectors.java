package io.dmconnect.bench;

import io.dmconnect.harness.ConnectRestClient;
import io.dmconnect.harness.Wait;
import java.time.Duration;

/** Connector life-cycle steps both benchmarks take through the worker's REST API. */
final class Connectors {
    private Connectors() {
    }

    /** True when the connector or a task failed; a connector just created has no status yet (404): not failed. */
    static boolean failed(ConnectRestClient rest, String name) {
        try {
            return rest.status(name).anyFailed();
        } catch (ConnectRestClient.RestException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The status with the first lines of any trace, on one line. */
    static String describe(ConnectRestClient rest, String name) {
        String[] lines = rest.status(name).describe().split("\n");
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length && i < 4; i++) {
            sb.append(" / ").append(lines[i].trim());
        }
        return sb.toString();
    }

    /** Deletes the connector and waits until the worker no longer lists it (its tasks stopped). */
    static void delete(ConnectRestClient rest, String name, Duration timeout) {
        rest.deleteConnector(name);
        Wait.until(timeout, Duration.ofMillis(200), () -> !rest.connectors().contains(name),
                () -> "connector " + name + " was not deleted");
    }
}
