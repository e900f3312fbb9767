package io.dmconnect.source.mysql.precheck;

import java.util.Map;
import java.util.Set;

/**
 * What the precheck needs to know about the upstream server, gathered once: global variables (lower-case names),
 * the connecting account's global privileges (upper-case, as SHOW GRANTS prints them) and the server ids of
 * replicas already registered with it.
 */
public record ServerFacts(boolean mariaDb, Map<String, String> variables, Set<String> privileges,
                          Set<Long> replicaServerIds) {
    public String variable(String name) {
        return variables.getOrDefault(name, "");
    }

    public boolean has(String privilege) {
        return privileges.contains("ALL PRIVILEGES") || privileges.contains(privilege);
    }
}
