package io.dmconnect.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A private MariaDB server from Debian's packages, started as a child process.
 *
 * <p>Its datadir, binlogs, socket and log live in one folder that {@link #close()} removes. It listens on
 * 127.0.0.1 with a random port, writes a ROW binlog with FULL row image and FULL row metadata (column names in
 * TABLE_MAP events), and has MariaDB's always-on GTIDs with {@code gtid_domain_id} and {@code server_id} as given.
 */
public final class MariaDbServer implements DatabaseServer {
    public static final Credentials ADMIN = new Credentials("dm_admin", "dm_admin_pw");
    public static final Credentials SOURCE = new Credentials("dm_source", "dm_source_pw");
    public static final Credentials TARGET = new Credentials("dm_target", "dm_target_pw");

    /** DM's upstream privileges (dm-semantics §2.17: dump_privilege + replication_privilege), nothing more. */
    public static final String SOURCE_PRIVILEGES = "SELECT, RELOAD, LOCK TABLES, REPLICATION SLAVE, REPLICATION CLIENT";
    /** DM's target_privilege check. */
    public static final String TARGET_PRIVILEGES = "CREATE, SELECT, INSERT, UPDATE, DELETE, ALTER, DROP, INDEX";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Path dir;
    private final Path socket;
    private final int port;
    private final boolean keepData;
    private final ChildProcess process;

    private MariaDbServer(Builder b, Path dir, Path socket, int port, ChildProcess process) {
        this.name = b.name;
        this.dir = dir;
        this.socket = socket;
        this.port = port;
        this.keepData = b.keepData;
        this.process = process;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Options; {@link #start()} installs a fresh datadir and waits until the accounts exist. */
    public static final class Builder {
        private final String name;
        private Path baseDir = Path.of("target", "mariadb");
        private int serverId = 1;
        private int gtidDomainId = 0;
        private int port = 0;
        private boolean binlog = true;
        private boolean keepData = false;
        private boolean detached = false;
        private final List<String> extraArgs = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder baseDir(Path baseDir) { this.baseDir = baseDir; return this; }
        public Builder serverId(int serverId) { this.serverId = serverId; return this; }
        public Builder gtidDomainId(int domainId) { this.gtidDomainId = domainId; return this; }
        /** 0 (the default) picks a random free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder binlog(boolean binlog) { this.binlog = binlog; return this; }
        /** Keep the folder on close (the demo's --keep). */
        public Builder keepData(boolean keepData) { this.keepData = keepData; return this; }
        /** Let the server outlive this JVM. */
        public Builder detached(boolean detached) { this.detached = detached; return this; }
        public Builder arg(String arg) { this.extraArgs.add(arg); return this; }

        public MariaDbServer start() {
            return MariaDbServer.start(this);
        }
    }

    private static MariaDbServer start(Builder b) {
        Path mariadbd = Binaries.require("mariadbd");
        Path installDb = Binaries.require("mariadb-install-db");
        Path client = Binaries.require("mariadb");
        Path dir = Dirs.unique(b.baseDir.toAbsolutePath(), b.name);
        Path data = Dirs.create(dir.resolve("data"));
        Dirs.create(dir.resolve("binlog"));
        Dirs.create(dir.resolve("tmp"));
        Path socket = socketPath(dir);
        int port = b.port == 0 ? Ports.free() : b.port;

        installDb(installDb, data, dir.resolve("install-db.log"));
        ChildProcess process = ChildProcess.start("mariadbd-" + b.name, serverCommand(mariadbd, b, dir, socket, port),
                new ChildProcess.Options(dir.resolve("mariadbd.out"), java.util.Map.of(), b.detached));
        MariaDbServer server = new MariaDbServer(b, dir, socket, port, process);
        try {
            server.awaitReady();
            server.bootstrapAccounts(client);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Unix socket paths are limited to 107 bytes; deep build folders fall back to a short temp folder. */
    private static Path socketPath(Path dir) {
        Path socket = dir.resolve("mysqld.sock");
        if (socket.toString().length() < 100) {
            return socket;
        }
        try {
            return Files.createTempDirectory(Path.of("/tmp"), "dmc-sock-").resolve("mysqld.sock");
        } catch (IOException e) {
            throw new HarnessException("cannot create a socket folder: " + e.getMessage(), e);
        }
    }

    private static void installDb(Path installDb, Path data, Path log) {
        List<String> command = List.of(installDb.toString(), "--no-defaults", "--user=root", "--datadir=" + data,
                "--auth-root-authentication-method=socket", "--skip-test-db");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new HarnessException("mariadb-install-db failed:\n" + Logs.tail(log, 30));
            }
        } catch (IOException e) {
            throw new HarnessException("cannot run mariadb-install-db: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted during mariadb-install-db", e);
        }
    }

    private static List<String> serverCommand(Path mariadbd, Builder b, Path dir, Path socket, int port) {
        List<String> cmd = new ArrayList<>(List.of(
                mariadbd.toString(), "--no-defaults", "--user=root",
                "--datadir=" + dir.resolve("data"), "--socket=" + socket, "--pid-file=" + dir.resolve("mysqld.pid"),
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--log-error=" + dir.resolve("mysqld.err"), "--tmpdir=" + dir.resolve("tmp"),
                "--server-id=" + b.serverId, "--gtid-domain-id=" + b.gtidDomainId,
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
                "--innodb-buffer-pool-size=128M", "--innodb-log-file-size=64M",
                // tests need speed, not durability: a crash of the test box loses the whole datadir anyway
                "--innodb-flush-log-at-trx-commit=2", "--sync-binlog=0", "--max-connections=500"));
        if (b.binlog) {
            cmd.addAll(List.of("--log-bin=" + dir.resolve("binlog").resolve("mysql-bin"), "--binlog-format=ROW",
                    "--binlog-row-image=FULL", "--binlog-row-metadata=FULL", "--log-slave-updates"));
        }
        cmd.addAll(b.extraArgs);
        return cmd;
    }

    private void awaitReady() {
        Wait.until(START_TIMEOUT, Duration.ofMillis(100),
                () -> {
                    if (!process.isAlive()) {
                        throw new HarnessException("mariadbd " + name + " exited (code " + process.exitValue() + "):\n"
                                + Logs.tail(dir.resolve("mysqld.err"), 30));
                    }
                    return Files.exists(socket) && Ports.isListening(port);
                },
                () -> "mariadbd " + name + " did not listen on 127.0.0.1:" + port + "\n" + Logs.tail(dir.resolve("mysqld.err"), 30));
    }

    /** root has socket authentication only, so accounts are made through the client over the socket. */
    private void bootstrapAccounts(Path client) {
        String sql = String.join("\n",
                "CREATE USER '" + ADMIN.user() + "'@'%' IDENTIFIED BY '" + ADMIN.password() + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN.user() + "'@'%' WITH GRANT OPTION;",
                "CREATE USER '" + SOURCE.user() + "'@'%' IDENTIFIED BY '" + SOURCE.password() + "';",
                "GRANT " + SOURCE_PRIVILEGES + " ON *.* TO '" + SOURCE.user() + "'@'%';",
                "CREATE USER '" + TARGET.user() + "'@'%' IDENTIFIED BY '" + TARGET.password() + "';",
                "GRANT " + TARGET_PRIVILEGES + " ON *.* TO '" + TARGET.user() + "'@'%';");
        Path log = dir.resolve("bootstrap.log");
        try {
            Process p = new ProcessBuilder(client.toString(), "--no-defaults", "-uroot", "--socket=" + socket)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (var in = p.getOutputStream()) {
                in.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new HarnessException("creating accounts on " + name + " failed:\n" + Logs.tail(log, 20));
            }
        } catch (IOException e) {
            throw new HarnessException("cannot run the mariadb client: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while creating accounts", e);
        }
    }

    @Override public String name() { return name; }
    @Override public String host() { return Ports.LOOPBACK; }
    @Override public int port() { return port; }
    @Override public Credentials admin() { return ADMIN; }
    @Override public Credentials sourceUser() { return SOURCE; }
    @Override public Credentials targetUser() { return TARGET; }

    public Path dir() {
        return dir;
    }

    public Path socket() {
        return socket;
    }

    public long pid() {
        return process.pid();
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public Connection connect(Credentials account) throws SQLException {
        return DatabaseServer.open(host(), port, account);
    }

    /** Shuts the server down (SIGTERM makes mariadbd shut down cleanly) and removes its folder. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
        if (!keepData) {
            Dirs.delete(dir);
            if (!socket.startsWith(dir)) {
                Dirs.delete(socket.getParent());
            }
        }
    }

    @Override
    public String toString() {
        return "MariaDB " + name + " at 127.0.0.1:" + port + " (" + dir + ")";
    }
}
