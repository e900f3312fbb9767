package io.dmconnect.sink.tidb.apply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Opens downstream connections with the session DM sets up (foreign key checks off, sql_mode, time zone). */
public final class DownstreamConnections {
    private final String url;
    private final String user;
    private final String password;
    private final List<String> sessionSetup;

    public DownstreamConnections(String url, String user, String password, List<String> sessionSetup) {
        this.url = withDefaults(url);
        this.user = user;
        this.password = password;
        this.sessionSetup = List.copyOf(sessionSetup);
    }

    /**
     * Batched statements travel as one round trip; the driver's own timeouts bound a dead server. The driver keeps
     * the parse of each statement text per connection ({@code cachePrepStmts}; statements stay client-side
     * prepared): a worker prepares the same checkpoint upserts and the same multi-row INSERT shapes every
     * transaction, and parsing them again was over a quarter of the apply threads' CPU (docs/performance.md).
     */
    static String withDefaults(String url) {
        String sep = url.contains("?") ? "&" : "?";
        StringBuilder sb = new StringBuilder(url);
        for (String p : List.of("rewriteBatchedStatements=true", "allowPublicKeyRetrieval=true", "useSSL=false",
                "connectTimeout=10000", "socketTimeout=600000", "characterEncoding=UTF-8", "zeroDateTimeBehavior=ROUND",
                "cachePrepStmts=true", "prepStmtCacheSize=64", "prepStmtCacheSqlLimit=8192")) {
            String key = p.substring(0, p.indexOf('=') + 1);
            if (!url.contains(key)) {
                sb.append(sep).append(p);
                sep = "&";
            }
        }
        return sb.toString();
    }

    public Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            for (String sql : sessionSetup) {
                s.execute(sql);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    public String description() {
        return user + "@" + url.replaceAll("\\?.*", "");
    }
}
