package io.dmconnect.sink.tidb.error;

import io.dmconnect.sink.tidb.error.ErrorRule.CodeWithMessage;
import io.dmconnect.sink.tidb.error.ErrorRule.Codes;
import io.dmconnect.sink.tidb.error.ErrorRule.Connection;
import io.dmconnect.sink.tidb.error.ErrorRule.Guard;
import io.dmconnect.sink.tidb.error.ErrorRule.MessagesOrCodes;
import io.dmconnect.sink.tidb.error.ErrorRule.Scope;
import java.util.List;
import java.util.Set;

/**
 * The single classification table: MySQL/TiDB error numbers, SQLStates and message fragments to
 * {@link ErrorClass}, in the order they are tried. DM's lists are reproduced exactly where DM has one (cited in
 * each row's reason); additions are marked "dm-connect". Anything no row matches is {@link ErrorClass#FATAL}.
 */
public final class ErrorRules {
    /**
     * DM's idempotent-DDL list ({@code pkg/errorutil IsIgnorableMySQLDDLError}) as MySQL numbers: database exists
     * (1007), drop missing database (1008), table exists (1050), drop missing table (1051), unknown column (1054),
     * duplicate column (1060), duplicate key name (1061), multiple primary key (1068), can't drop field or key
     * (1091), key doesn't exist (1176), drop missing partition (1507), same-name partition (1517), duplicate index
     * (1831).
     */
    public static final Set<Integer> IGNORABLE_DDL = Set.of(1007, 1008, 1050, 1051, 1054, 1060, 1061, 1068, 1091,
            1176, 1507, 1517, 1831);
    /**
     * DM's {@code retry.UnsupportedDDLMsgs}: TiDB's refusals that DM does not auto-resume. DM compares case-
     * sensitively; TiDB capitalises some of them ("Unsupported modify column"), so these match ignoring case.
     */
    public static final List<String> UNSUPPORTED_DDL_MESSAGES = List.of("can't drop column with index",
            "with tidb_enable_change_multi_schema is disable", "unsupported add column", "unsupported modify column",
            "unsupported modify charset", "unsupported modify collate", "unsupported drop integer primary key",
            "Unsupported collation", "Invalid default value for", "Unsupported drop primary key");
    /** DM's "Error 1059/1117/1069" entries: identifier too long, too many columns, too many keys. */
    public static final Set<Integer> UNSUPPORTED_DDL_CODES = Set.of(1059, 1117, 1069);
    /**
     * Retried as they are: TiDB's {@code dbutil.IsRetryableError} (1213 deadlock, 8005 write conflict in TiDB,
     * 8022 txn retryable, 8027/8028 information schema expired/changed, 8245 column in change, 9001 PD timeout,
     * 9003 TiKV busy, 9004 resolve-lock timeout, 9007 write conflict), which DM's statement retry uses, plus 1205
     * lock wait timeout (dm-connect: DM pauses and auto-resumes on it).
     */
    public static final Set<Integer> RETRYABLE = Set.of(1205, 1213, 8005, 8022, 8027, 8028, 8245, 9001, 9003, 9004,
            9007);
    /** The retryable 1105 (ErrUnknown) messages of older TiDB ({@code dbutil.Retryable1105Msgs}). */
    public static final List<String> RETRYABLE_1105_MESSAGES = List.of("Information schema is out of date",
            "Information schema is changed");
    /** 8004 transaction too large (TiDB), 1197 max_binlog_cache_size exceeded and 1153 packet too large (MySQL). */
    public static final Set<Integer> TOO_LARGE = Set.of(8004, 1197, 1153);
    /**
     * DM's {@code retry.UnsupportedDMLMsgs} (1062 duplicate entry, 1406 data too long, 1366 incorrect value, 8025
     * entry too large) plus row-level data errors (dm-connect): 1048 column cannot be null, 1264 out of range, 1265
     * data truncated, 1292 incorrect datetime, 1451/1452 foreign key (with foreign_key_checks=1), 3140 invalid JSON,
     * 3819 and 4025 check constraint.
     */
    public static final Set<Integer> ROW_ERRORS = Set.of(1062, 1406, 1366, 8025, 1048, 1264, 1265, 1292, 1451, 1452,
            3140, 3819, 4025);
    /** No connection was made: connection refused, too many connections, unknown host (nothing was sent). */
    public static final Set<Integer> CANNOT_CONNECT = Set.of(1040, 2002, 2003, 2005);
    /**
     * A connection broke while in use: server shutdown (1053), connection killed (MariaDB 1927), server gone away
     * (2006), lost during query (2013), disconnected for inactivity (MySQL 4031).
     */
    public static final Set<Integer> CONNECTION_LOST = Set.of(1053, 1927, 2006, 2013, 4031);
    /** TiKV server timeout (9002) and region unavailable (9005): TiDB cannot tell whether the write happened. */
    public static final Set<Integer> OUTCOME_UNKNOWN = Set.of(9002, 9005);

    private static final String LINK_TYPES = "a driver link failure (CommunicationsException, SocketException, "
            + "EOFException, SQLNonTransientConnectionException, SQLRecoverableException, SQLTimeoutException)";

    /** The table, in the order rows are tried. */
    public static final List<ErrorRule> TABLE = List.of(
            new ErrorRule(Scope.DDL, Guard.ALWAYS, new Codes(IGNORABLE_DDL), ErrorClass.IGNORABLE_DDL,
                    "the DDL already took effect (DM: pkg/errorutil IsIgnorableMySQLDDLError)"),
            new ErrorRule(Scope.DDL, Guard.ALWAYS, new MessagesOrCodes(UNSUPPORTED_DDL_MESSAGES, UNSUPPORTED_DDL_CODES),
                    ErrorClass.FATAL, "TiDB cannot run this DDL; DM never auto-resumes it (DM: retry.UnsupportedDDLMsgs)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new Connection(false, CANNOT_CONNECT, List.of("08001", "08004"),
                    "java.net.ConnectException / SQLTransientConnectionException"), ErrorClass.RETRY,
                    "no connection was made, so nothing was sent (DM: driver.ErrBadConn, reset and retry)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new Codes(RETRYABLE), ErrorClass.RETRY,
                    "transient in MySQL/TiDB (DM: dbutil.IsRetryableError; 1205 added by dm-connect)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new CodeWithMessage(1105, RETRYABLE_1105_MESSAGES),
                    ErrorClass.RETRY, "older TiDB reports a schema change as 1105 (DM: dbutil.Retryable1105Msgs)"),
            new ErrorRule(Scope.DML, Guard.ALWAYS, new Codes(TOO_LARGE), ErrorClass.SPLIT_AND_RETRY,
                    "the transaction exceeds the downstream's size limit; smaller ones fit (dm-connect)"),
            new ErrorRule(Scope.DML, Guard.ALWAYS, new Codes(ROW_ERRORS), ErrorClass.RECORD,
                    "the row itself is rejected; DM stops without auto-resume (DM: retry.UnsupportedDMLMsgs; "
                            + "further data errors added by dm-connect)"),
            new ErrorRule(Scope.ANY, Guard.SAFE_TO_REDO, new Connection(true, CONNECTION_LOST, List.of("08"),
                    LINK_TYPES), ErrorClass.RETRY,
                    "redoing is harmless (DM: IsRetryableConnectionErrorOnBeginOrSafeMode)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new Connection(true, CONNECTION_LOST, List.of("08"), LINK_TYPES),
                    ErrorClass.RETRY_IF_IDEMPOTENT, "the last write may or may not have reached the downstream "
                            + "(DM: ErrInvalidConn is not retried outside safe mode; resume redoes it in safe mode)"),
            new ErrorRule(Scope.ANY, Guard.SAFE_TO_REDO, new Codes(OUTCOME_UNKNOWN), ErrorClass.RETRY,
                    "TiKV timed out; redoing is harmless (dm-connect)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new Codes(OUTCOME_UNKNOWN), ErrorClass.RETRY_IF_IDEMPOTENT,
                    "TiKV timed out and the write may have happened (TiDB's dbutil: retryable only in special "
                            + "cases; DM resumes in safe mode)"),
            new ErrorRule(Scope.ANY, Guard.ALWAYS, new Codes(Set.of(1317, 8020, 9006)), ErrorClass.FATAL,
                    "query interrupted, table locked, GC life time shorter than the transaction: not retried "
                            + "(TiDB's dbutil.IsRetryableError)"));

    private ErrorRules() {
    }
}
