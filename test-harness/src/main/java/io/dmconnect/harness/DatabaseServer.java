package io.dmconnect.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A MySQL-compatible server for a test: an upstream with a ROW binlog, or a downstream standing in for TiDB.
 *
 * <p>Every server has three accounts: {@link #admin()} for test set-up, {@link #sourceUser()} with exactly DM's
 * upstream privileges (SELECT, RELOAD, LOCK TABLES, REPLICATION SLAVE, REPLICATION CLIENT) and
 * {@link #targetUser()} with DM's downstream privileges (CREATE, SELECT, INSERT, UPDATE, DELETE, ALTER, DROP, INDEX).
 */
public interface DatabaseServer extends AutoCloseable {

    String name();

    String host();

    int port();

    /** {@code jdbc:mysql://host:port/} URL a connector config would carry. */
    default String jdbcUrl() {
        return "jdbc:mysql://" + host() + ":" + port() + "/";
    }

    Credentials admin();

    Credentials sourceUser();

    Credentials targetUser();

    /** Opens a connection as the given account (the harness's own driver, not the connector's). */
    Connection connect(Credentials account) throws SQLException;

    /** Runs statements as admin, in order, autocommit. */
    default void execute(String... statements) {
        try (Connection connection = connect(admin()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new HarnessException(name() + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query as admin; every cell as a string (NULL stays null). */
    default List<List<String>> query(String sql) {
        try (Connection connection = connect(admin());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new HarnessException(name() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row, or null. */
    default String queryValue(String sql) {
        List<List<String>> rows = query(sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The harness connects with MariaDB's driver for MariaDB and MySQL alike. */
    static Connection open(String host, int port, Credentials account) throws SQLException {
        String url = "jdbc:mariadb://" + host + ":" + port + "/?allowPublicKeyRetrieval=true&connectTimeout=5000";
        return DriverManager.getConnection(url, account.user(), account.password());
    }

    @Override
    void close();
}
