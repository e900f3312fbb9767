package io.dmconnect.bench;

import java.util.Arrays;
import java.util.Optional;

/**
 * One way of copying the upstream's existing rows into an empty downstream, by the name the {@code legs} key uses;
 * each writes its own downstream server, so no leg sees another's data, buffer pool or checkpoints.
 */
public enum SnapshotLeg implements Keyed {
    /** (a) {@code mariadb-dump --single-transaction | mariadb}: the floor a snapshot cannot beat by much. */
    MARIADB_DUMP("mariadb-dump", "(a)", "down-dump"),
    /** (b) Debezium's MariaDB source (snapshot.mode=initial) and Debezium's JDBC sink: the peer. */
    DEBEZIUM("debezium", "(b)", "down-debezium"),
    /** (c) dm-connect's source (snapshot.mode=initial) and sink. */
    DM_CONNECT("dm-connect", "(c)", "down-dm");

    private final String key;
    private final String label;
    private final String serverName;

    SnapshotLeg(String key, String label, String serverName) {
        this.key = key;
        this.label = label;
        this.serverName = serverName;
    }

    @Override
    public String key() {
        return key;
    }

    /** The name of the leg: (a), (b) or (c). */
    public String label() {
        return label;
    }

    /** The leg's downstream MariaDB server. */
    public String serverName() {
        return serverName;
    }

    public static Optional<SnapshotLeg> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
