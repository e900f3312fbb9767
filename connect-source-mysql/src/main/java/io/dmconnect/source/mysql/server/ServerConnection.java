package io.dmconnect.source.mysql.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A JDBC session with the upstream server for everything that is not the binlog stream: flavour, binlog
 * coordinates and files, variables, table lists and {@code SHOW CREATE TABLE}. MySQL and MariaDB alike, through
 * MySQL Connector/J.
 */
public final class ServerConnection implements AutoCloseable {
    private final Connection connection;
    private final String description;

    private ServerConnection(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    public static ServerConnection open(String host, int port, String user, String password) {
        String url = "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true"
                + "&connectTimeout=10000&socketTimeout=300000&useInformationSchema=true&characterEncoding=UTF-8"
                + "&zeroDateTimeBehavior=CONVERT_TO_NULL";
        try {
            return new ServerConnection(DriverManager.getConnection(url, user, password), user + "@" + host + ":" + port);
        } catch (SQLException e) {
            throw new ConnectException("cannot connect to " + user + "@" + host + ":" + port + ": " + e.getMessage()
                    + " (check database.hostname, database.port, database.user and database.password)", e);
        }
    }

    public String description() {
        return description;
    }

    public Connection jdbc() {
        return connection;
    }

    /** Every row of a query, cells as strings (NULL stays null), columns by label. */
    public List<Map<String, String>> query(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new ConnectException(description + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    public Optional<String> variable(String name) {
        List<Map<String, String>> rows = query("SHOW GLOBAL VARIABLES LIKE '" + name.replace("'", "''") + "'");
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).get("Value"));
    }

    public boolean isMariaDb() {
        return query("SELECT VERSION() AS v").get(0).get("v").toLowerCase(java.util.Locale.ROOT).contains("mariadb");
    }

    /** The binlog coordinates the server writes next: MySQL 8.4 renamed SHOW MASTER STATUS. */
    public Map<String, String> binlogStatus() {
        for (String sql : List.of("SHOW MASTER STATUS", "SHOW BINARY LOG STATUS")) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    return Map.of("file", rs.getString(1), "pos", rs.getString(2));
                }
                throw new ConnectException(description + ": " + sql + " returned nothing: is log_bin ON?");
            } catch (SQLException e) {
                // try the other spelling
            }
        }
        throw new ConnectException(description + ": cannot read the binlog position (SHOW MASTER STATUS / SHOW BINARY LOG STATUS): "
                + "the account needs REPLICATION CLIENT");
    }

    /** The binlog files the server still has, oldest first. */
    public List<String> binlogFiles() {
        return query("SHOW BINARY LOGS").stream().map(r -> r.values().iterator().next()).toList();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing to do
        }
    }
}
