package io.dmconnect.bench;

/**
 * Which downstream server a sink writes to: one per sink family, so that neither sees the other's tables, checkpoint
 * schema or buffer pool.
 */
public enum Downstream {
    DM_CONNECT("down-dm"),
    DEBEZIUM("down-debezium");

    private final String serverName;

    Downstream(String serverName) {
        this.serverName = serverName;
    }

    public String serverName() {
        return serverName;
    }
}
