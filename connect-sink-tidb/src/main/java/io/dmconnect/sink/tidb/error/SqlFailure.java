package io.dmconnect.sink.tidb.error;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the classifier needs to know about a failure, read from its whole cause chain (causes and
 * {@link SQLException#getNextException() next exceptions}): the first MySQL/TiDB error number, the first SQLState,
 * every message, and whether the chain says the connection could not be opened or broke while in use. Drivers
 * wrap server errors differently (MySQL Connector/J, MariaDB Connector/J, pools), so nothing relies on the outer
 * type.
 *
 * @param code          the first non-zero vendor error code ({@code SQLException.getErrorCode()}), or 0
 * @param sqlState      the first SQLState in the chain, or null
 * @param messages      every non-null message in chain order
 * @param cannotConnect the chain shows that no connection was made, so nothing was sent
 * @param connectionLost the chain shows that a connection broke or a statement timed out while in use
 */
public record SqlFailure(int code, String sqlState, List<String> messages, boolean cannotConnect,
                         boolean connectionLost) {
    // a pool or driver may nest deeply, and some exceptions are their own cause; the walk is bounded either way
    private static final int MAX_DEPTH = 32;
    // Connector/J's link failures, whatever their package (com.mysql.cj.jdbc.exceptions, com.mysql.cj.exceptions)
    private static final Set<String> LINK_FAILURE_TYPES = Set.of("CommunicationsException",
            "CJCommunicationsException", "ConnectionIsClosedException", "CJConnectionFeatureNotAvailableException");

    public SqlFailure {
        messages = List.copyOf(messages);
    }

    /** Reads the chain of {@code t}; a null throwable gives an empty failure. */
    public static SqlFailure of(Throwable t) {
        int code = 0;
        String state = null;
        List<String> messages = new ArrayList<>();
        boolean cannotConnect = false;
        boolean lost = false;
        for (Throwable e : chain(t)) {
            if (e.getMessage() != null) {
                messages.add(e.getMessage());
            }
            if (e instanceof SQLException sql) {
                if (code == 0 && sql.getErrorCode() != 0) {
                    code = sql.getErrorCode();
                }
                if (state == null && sql.getSQLState() != null && !sql.getSQLState().isBlank()) {
                    state = sql.getSQLState();
                }
            }
            cannotConnect |= e instanceof ConnectException || e instanceof SQLTransientConnectionException;
            lost |= e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
                    || e instanceof SQLTimeoutException || e instanceof SocketException || e instanceof EOFException
                    || LINK_FAILURE_TYPES.contains(e.getClass().getSimpleName());
        }
        return new SqlFailure(code, state, messages, cannotConnect, lost && !cannotConnect);
    }

    /** Whether any message contains {@code fragment}, ignoring case. */
    public boolean mentions(String fragment) {
        String f = fragment.toLowerCase(Locale.ROOT);
        return messages.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains(f));
    }

    /** The SQLState starts with {@code prefix} (a class such as {@code 08}, or a full state). */
    public boolean stateStartsWith(String prefix) {
        return sqlState != null && sqlState.toUpperCase(Locale.ROOT).startsWith(prefix);
    }

    /** The outermost message, for logs and error texts. */
    public String firstMessage() {
        return messages.isEmpty() ? "" : messages.get(0);
    }

    private static List<Throwable> chain(Throwable t) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>();
        if (t != null) {
            pending.add(t);
        }
        while (!pending.isEmpty() && out.size() < MAX_DEPTH) {
            Throwable e = pending.remove(0);
            if (e == null || !seen.add(e)) {
                continue;
            }
            out.add(e);
            if (e instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(0, sql.getNextException());
            }
            pending.add(0, e.getCause());
        }
        return out;
    }
}
