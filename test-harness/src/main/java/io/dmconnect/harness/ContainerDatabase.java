package io.dmconnect.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.tidb.TiDBContainer;

/**
 * The Testcontainers variants of {@link DatabaseServer}: a MySQL 8.0 upstream and a TiDB downstream. They need a
 * Docker engine; {@link #dockerUnavailableReason()} says why they cannot run, and tests skip with that reason.
 */
public final class ContainerDatabase implements DatabaseServer {
    public static final String MYSQL_IMAGE = "mysql:8.0.43";
    public static final String TIDB_IMAGE = "pingcap/tidb:v8.5.1";

    private final String name;
    private final JdbcDatabaseContainer<?> container;
    private final Credentials root;
    private final int internalPort;

    private ContainerDatabase(String name, JdbcDatabaseContainer<?> container, Credentials root, int internalPort) {
        this.name = name;
        this.container = container;
        this.root = root;
        this.internalPort = internalPort;
    }

    /** Empty when a Docker engine answers; otherwise the reason, for a test's skip message. */
    public static Optional<String> dockerUnavailableReason() {
        try {
            return DockerClientFactory.instance().isDockerAvailable()
                    ? Optional.empty()
                    : Optional.of("no Docker engine is reachable (Testcontainers found none); the MariaDB child-process path covers this");
        } catch (RuntimeException e) {
            return Optional.of("no Docker engine is reachable: " + e.getMessage());
        }
    }

    /** MySQL 8.0 with ROW/FULL binlog, full row metadata and GTID mode on, plus DM's accounts. */
    @SuppressWarnings("resource")
    public static ContainerDatabase mysql8Upstream(String name, int serverId) {
        MySQLContainer mysql = new MySQLContainer(MYSQL_IMAGE)
                .withUsername("root").withPassword("root_pw")
                .withCommand("--server-id=" + serverId, "--log-bin=mysql-bin", "--binlog-format=ROW",
                        "--binlog-row-image=FULL", "--binlog-row-metadata=FULL",
                        "--gtid-mode=ON", "--enforce-gtid-consistency=ON");
        mysql.start();
        ContainerDatabase db = new ContainerDatabase(name, mysql, new Credentials("root", "root_pw"), 3306);
        db.createAccounts();
        return db;
    }

    /** A single TiDB server (unistore), plus DM's accounts. */
    @SuppressWarnings("resource")
    public static ContainerDatabase tidbDownstream(String name) {
        TiDBContainer tidb = new TiDBContainer(TIDB_IMAGE);
        tidb.start();
        ContainerDatabase db = new ContainerDatabase(name, tidb, new Credentials("root", ""), 4000);
        db.createAccounts();
        return db;
    }

    private void createAccounts() {
        try (Connection c = connect(root); var s = c.createStatement()) {
            for (Credentials account : new Credentials[] {MariaDbServer.ADMIN, MariaDbServer.SOURCE, MariaDbServer.TARGET}) {
                s.execute("CREATE USER '" + account.user() + "'@'%' IDENTIFIED BY '" + account.password() + "'");
            }
            s.execute("GRANT ALL PRIVILEGES ON *.* TO '" + MariaDbServer.ADMIN.user() + "'@'%' WITH GRANT OPTION");
            s.execute("GRANT " + MariaDbServer.SOURCE_PRIVILEGES + " ON *.* TO '" + MariaDbServer.SOURCE.user() + "'@'%'");
            s.execute("GRANT " + MariaDbServer.TARGET_PRIVILEGES + " ON *.* TO '" + MariaDbServer.TARGET.user() + "'@'%'");
        } catch (SQLException e) {
            close();
            throw new HarnessException(name + ": creating accounts failed: " + e.getMessage(), e);
        }
    }

    @Override public String name() { return name; }
    @Override public String host() { return container.getHost(); }
    @Override public int port() { return container.getMappedPort(internalPort); }
    @Override public Credentials admin() { return MariaDbServer.ADMIN; }
    @Override public Credentials sourceUser() { return MariaDbServer.SOURCE; }
    @Override public Credentials targetUser() { return MariaDbServer.TARGET; }

    @Override
    public Connection connect(Credentials account) throws SQLException {
        return DatabaseServer.open(host(), port(), account);
    }

    @Override
    public void close() {
        container.stop();
    }
}
