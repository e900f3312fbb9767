package io.dmconnect.sink.tidb.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.sink.tidb.error.ErrorClassifier.Context;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassifierTest {
    private final ErrorClassifier classifier = new ErrorClassifier();

    static Context context(String name) {
        return switch (name) {
            case "dml" -> Context.dml(false);
            case "safe" -> Context.dml(true);
            case "begin" -> Context.dml(false).beforeWrite();
            case "ddl" -> Context.ddl(false);
            case "ddl-idem" -> Context.ddl(true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** One row per MySQL/TiDB number, by its name in TiDB's errno package, in each context that matters. */
    @ParameterizedTest(name = "{0} {1} in {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # DM's idempotent DDL list (pkg/errorutil IsIgnorableMySQLDDLError)
            1007 | ErrDBCreateExists           |                                 | ddl      | IGNORABLE_DDL
            1008 | ErrDBDropExists             |                                 | ddl      | IGNORABLE_DDL
            1050 | ErrTableExists              |                                 | ddl      | IGNORABLE_DDL
            1051 | ErrBadTable                 |                                 | ddl      | IGNORABLE_DDL
            1054 | ErrBadField                 |                                 | ddl      | IGNORABLE_DDL
            1060 | ErrDupFieldName             |                                 | ddl      | IGNORABLE_DDL
            1061 | ErrDupKeyName               |                                 | ddl      | IGNORABLE_DDL
            1068 | ErrMultiplePriKey           |                                 | ddl      | IGNORABLE_DDL
            1091 | ErrCantDropFieldOrKey       |                                 | ddl      | IGNORABLE_DDL
            1176 | ErrKeyDoesNotExist          |                                 | ddl      | IGNORABLE_DDL
            1507 | ErrDropPartitionNonExistent |                                 | ddl      | IGNORABLE_DDL
            1517 | ErrSameNamePartition        |                                 | ddl      | IGNORABLE_DDL
            1831 | ErrDupIndex                 |                                 | ddl      | IGNORABLE_DDL
            # ... but only for DDL: the same numbers on row changes mean the downstream table is not what we think
            1054 | ErrBadField                 |                                 | dml      | FATAL
            1060 | ErrDupFieldName             |                                 | dml      | FATAL
            # DM's statement retry list (TiDB dbutil.IsRetryableError), in every context
            1213 | ErrLockDeadlock             |                                 | dml      | RETRY
            1213 | ErrLockDeadlock             |                                 | ddl      | RETRY
            8005 | ErrWriteConflictInTiDB      |                                 | dml      | RETRY
            8022 | ErrTxnRetryable             |                                 | dml      | RETRY
            8027 | ErrInfoSchemaExpired        |                                 | ddl      | RETRY
            8028 | ErrInfoSchemaChanged        |                                 | dml      | RETRY
            8245 | ErrColumnInChange           |                                 | dml      | RETRY
            9001 | ErrPDServerTimeout          |                                 | dml      | RETRY
            9003 | ErrTiKVServerBusy           |                                 | safe     | RETRY
            9004 | ErrResolveLockTimeout       |                                 | dml      | RETRY
            9007 | ErrWriteConflict            |                                 | dml      | RETRY
            # dm-connect adds lock wait timeout (DM auto-resumes it)
            1205 | ErrLockWaitTimeout          |                                 | dml      | RETRY
            # 1105 only with the information-schema messages
            1105 | ErrUnknown                  | Information schema is out of date: schema failed to update | dml | RETRY
            1105 | ErrUnknown                  | [domain:8027]Information schema is changed      | ddl      | RETRY
            1105 | ErrUnknown                  | something else went wrong       | dml      | FATAL
            # TiKV timeouts: retryable only when redoing is harmless (dbutil: 'only in special cases', 'unknown')
            9002 | ErrTiKVServerTimeout        |                                 | dml      | RETRY_IF_IDEMPOTENT
            9002 | ErrTiKVServerTimeout        |                                 | safe     | RETRY
            9005 | ErrRegionUnavailable        |                                 | dml      | RETRY_IF_IDEMPOTENT
            9005 | ErrRegionUnavailable        |                                 | ddl-idem | RETRY
            # not retried by TiDB's dbutil
            9006 | ErrGCTooEarly               |                                 | dml      | FATAL
            8020 | ErrTableLocked              |                                 | safe     | FATAL
            1317 | ErrQueryInterrupted         |                                 | dml      | FATAL
            8002 | ErrForUpdateCantRetry       |                                 | dml      | FATAL
            # transaction too large: split (row changes only)
            8004 | ErrTxnTooLarge              |                                 | dml      | SPLIT_AND_RETRY
            8004 | ErrTxnTooLarge              |                                 | safe     | SPLIT_AND_RETRY
            8004 | ErrTxnTooLarge              |                                 | ddl      | FATAL
            1197 | ErrTransCacheFull           |                                 | dml      | SPLIT_AND_RETRY
            1153 | ErrNetPacketTooLarge        |                                 | dml      | SPLIT_AND_RETRY
            # DM's UnsupportedDMLMsgs: row-level, to the dead-letter queue
            1062 | ErrDupEntry                 |                                 | dml      | RECORD
            1062 | ErrDupEntry                 |                                 | safe     | RECORD
            1406 | ErrDataTooLong              |                                 | dml      | RECORD
            1366 | ErrTruncatedWrongValueForField |                              | dml      | RECORD
            8025 | ErrEntryTooLarge            |                                 | dml      | RECORD
            # dm-connect's further row-level data errors
            1048 | ErrBadNull                  |                                 | dml      | RECORD
            1264 | ErrWarnDataOutOfRange       |                                 | dml      | RECORD
            1265 | WarnDataTruncated           |                                 | dml      | RECORD
            1292 | ErrTruncatedWrongValue      |                                 | dml      | RECORD
            1451 | ErrRowIsReferenced2         |                                 | dml      | RECORD
            1452 | ErrNoReferencedRow2         |                                 | dml      | RECORD
            3140 | ErrInvalidJSONText          |                                 | dml      | RECORD
            3819 | ErrCheckConstraintViolated  |                                 | dml      | RECORD
            4025 | (MariaDB) CONSTRAINT failed |                                 | dml      | RECORD
            # a duplicate while adding a unique key is the DDL's failure, not a row to divert
            1062 | ErrDupEntry                 |                                 | ddl      | FATAL
            1406 | ErrDataTooLong              |                                 | ddl      | FATAL
            # DM's UnsupportedDDLMsgs by number
            1059 | ErrTooLongIdent             |                                 | ddl      | FATAL
            1117 | ErrTooManyFields            |                                 | ddl      | FATAL
            1069 | ErrTooManyKeys              |                                 | ddl      | FATAL
            # connection errors with a number
            1040 | ErrConCount                 |                                 | dml      | RETRY
            2013 | CR_SERVER_LOST              |                                 | dml      | RETRY_IF_IDEMPOTENT
            2013 | CR_SERVER_LOST              |                                 | safe     | RETRY
            2013 | CR_SERVER_LOST              |                                 | begin    | RETRY
            2006 | CR_SERVER_GONE_ERROR        |                                 | ddl      | RETRY_IF_IDEMPOTENT
            2006 | CR_SERVER_GONE_ERROR        |                                 | ddl-idem | RETRY
            1927 | (MariaDB) ER_CONNECTION_KILLED |                              | dml      | RETRY_IF_IDEMPOTENT
            1053 | ErrServerShutdown           |                                 | safe     | RETRY
            4031 | (MySQL) ER_CLIENT_INTERACTION_TIMEOUT |                       | dml      | RETRY_IF_IDEMPOTENT
            # anything else stops the task
            1146 | ErrNoSuchTable              |                                 | dml      | FATAL
            1146 | ErrNoSuchTable              |                                 | ddl      | FATAL
            1064 | ErrParse                    |                                 | ddl      | FATAL
            1142 | ErrTableaccessDenied        |                                 | safe     | FATAL
            """)
    void classifiesEveryListedNumber(int code, String name, String message, String ctx, ErrorClass expected) {
        SQLException e = new SQLException(message == null ? name : message, "HY000", code);
        assertThat(classifier.classify(e, context(ctx)).errorClass()).isEqualTo(expected);
    }

    /** DM's UnsupportedDDLMsgs, as TiDB words them (TiDB capitalises some; DM's list is lower case). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            can't drop column with index                                                       | 8200
            [ddl:8200]Unsupported multi schema change with tidb_enable_change_multi_schema is disable | 8200
            [ddl:8200]unsupported add column 'c' constraint PRIMARY KEY when altering 'test.t'  | 8200
            [ddl:8200]Unsupported modify column: decimal change from decimal(10, 2) to decimal(8, 2) | 8200
            [ddl:8200]Unsupported modify charset from latin1 to utf8mb4                        | 8200
            [ddl:8200]Unsupported modify collate from utf8mb4_bin to utf8mb4_general_ci        | 8200
            [ddl:8200]Unsupported drop integer primary key                                     | 8200
            [ddl:1273]Unsupported collation when new collation is enabled: 'latin1_swedish_ci'  | 1273
            Invalid default value for 'c'                                                      | 1067
            [ddl:8200]Unsupported drop primary key when the table is using clustered index      | 8200
            """)
    void tidbsUnsupportedDdlIsFatalAndNamedSo(String message, int code) {
        Classification c = classifier.classify(new SQLException(message, "HY000", code), Context.ddl(true));
        assertThat(c.errorClass()).isEqualTo(ErrorClass.FATAL);
        assertThat(c.rule()).isEqualTo(ErrorRules.TABLE.get(1));
        assertThat(c.explain()).contains("UnsupportedDDLMsgs");
    }

    /**
     * DM's fragment "can't drop column with index" does not match TiDB's actual wording, which names the column;
     * kept as DM has it: the statement is still FATAL, only not marked as a known TiDB limitation.
     */
    @org.junit.jupiter.api.Test
    void dmsDropColumnFragmentIsKeptVerbatim() {
        Classification c = classifier.classify(new SQLException("[ddl:8200]can't drop column b with index covered "
                + "now", "HY000", 8200), Context.ddl(true));
        assertThat(c.errorClass()).isEqualTo(ErrorClass.FATAL);
        assertThat(c.rule()).isNull();
    }

    /** Connection failures without a number: the SQLState class and the driver's exception types decide. */
    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Communications link failure         | 08S01 | dml   | RETRY_IF_IDEMPOTENT
            Communications link failure         | 08S01 | safe  | RETRY
            Communications link failure         | 08S01 | begin | RETRY
            No operations allowed after close   | 08003 | dml   | RETRY_IF_IDEMPOTENT
            transaction resolution unknown      | 08007 | ddl   | RETRY_IF_IDEMPOTENT
            Could not create connection         | 08001 | dml   | RETRY
            Server rejected the connection      | 08004 | ddl   | RETRY
            Deadlock found                      | 40001 | dml   | FATAL
            """)
    void connectionStatesDecideWithoutANumber(String message, String state, String ctx, ErrorClass expected) {
        assertThat(classifier.classify(new SQLException(message, state), context(ctx)).errorClass())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            socket      | dml  | RETRY_IF_IDEMPOTENT
            socket      | safe | RETRY
            eof         | dml  | RETRY_IF_IDEMPOTENT
            timeout     | dml  | RETRY_IF_IDEMPOTENT
            recoverable | dml  | RETRY_IF_IDEMPOTENT
            nontransient| safe | RETRY
            connect     | dml  | RETRY
            transientconn | dml | RETRY
            linkfailure | dml  | RETRY_IF_IDEMPOTENT
            illegal     | safe | FATAL
            """)
    void driverExceptionTypesDecideWithoutAState(String kind, String ctx, ErrorClass expected) {
        Throwable cause = switch (kind) {
            case "socket" -> new java.net.SocketException("Connection reset");
            case "eof" -> new java.io.EOFException("Can not read response from server");
            case "timeout" -> new java.sql.SQLTimeoutException("Statement cancelled due to timeout");
            case "recoverable" -> new java.sql.SQLRecoverableException("connection broken");
            case "nontransient" -> new java.sql.SQLNonTransientConnectionException("closed");
            case "connect" -> new java.net.ConnectException("Connection refused");
            case "transientconn" -> new java.sql.SQLTransientConnectionException("pool timeout");
            case "linkfailure" -> new CommunicationsException("The last packet sent successfully ...");
            default -> new IllegalStateException("bug");
        };
        Throwable wrapped = new RuntimeException("apply failed", new SQLException("write failed", null, 0, cause));
        assertThat(classifier.classify(wrapped, context(ctx)).errorClass()).isEqualTo(expected);
    }

    /** Precedence: the first matching row wins. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ignorable beats the unsupported-DDL message | 1060 | 42S21 | Invalid default value for 'x' (duplicate column) | ddl | IGNORABLE_DDL
            cannot-connect beats lost-connection        | 0    | 08001 | Could not create connection                         | dml | RETRY
            a retryable number beats a lost connection   | 1213 | 08S01 | Deadlock found                                      | dml | RETRY
            a row error beats a lost-connection state    | 1062 | 08S01 | Duplicate entry                                     | dml | RECORD
            unsupported DDL beats the retry list         | 1213 | 40001 | Unsupported modify column                           | ddl | FATAL
            """)
    void firstMatchingRowWins(String why, int code, String state, String message, String ctx, ErrorClass expected) {
        assertThat(classifier.classify(new SQLException(message, state, code), context(ctx)).errorClass())
                .as(why).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nonSqlFailuresAndNullAreFatalWithoutARule() {
        Classification c = classifier.classify(new IllegalStateException("bug"), Context.dml(true));
        assertThat(c.errorClass()).isEqualTo(ErrorClass.FATAL);
        assertThat(c.rule()).isNull();
        assertThat(c.explain()).contains("no rule matches");
        assertThat(classifier.classify(null, Context.ddl(true)).errorClass()).isEqualTo(ErrorClass.FATAL);
    }

    @org.junit.jupiter.api.Test
    void theNumberIsFoundDeepInTheChainAndInNextExceptions() {
        SQLException batch = new java.sql.BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
        Throwable wrapped = new org.apache.kafka.connect.errors.ConnectException("put failed",
                new RuntimeException(batch));
        Classification c = classifier.classify(wrapped, Context.dml(false));
        assertThat(c.errorClass()).isEqualTo(ErrorClass.RETRY);
        assertThat(c.code()).isEqualTo(1213);
        assertThat(c.explain()).startsWith("RETRY (error 1213, SQLState HY000");
    }

    /** Named like Connector/J's link failure, which the classifier recognises by simple name. */
    static final class CommunicationsException extends SQLException {
        private static final long serialVersionUID = 1L;

        CommunicationsException(String message) {
            super(message);
        }
    }
}
