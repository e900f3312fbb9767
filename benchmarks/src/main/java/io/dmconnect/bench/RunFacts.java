package io.dmconnect.bench;

import java.util.Map;

/**
 * What a run ran: when, the command line, and the versions the servers and the worker reported.
 *
 * @param pluginVersions connector class to the version the worker's {@code GET /connector-plugins} lists
 * @param loadAfter      load average when the run ended
 */
public record RunFacts(String started, String command, String mariadb, String kafka,
        Map<String, String> pluginVersions, String loadAfter) {

    public String pluginVersion(String connectorClass) {
        return pluginVersions.getOrDefault(connectorClass, "?");
    }
}
