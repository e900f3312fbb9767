package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.ParsedStatement.TransactionControl.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's built-in skip list, transaction control, non-DDL statements and what stays unparseable. */
class StatementClassificationTest {
    private final DdlParser parser = new DdlParser(ServerFlavor.MARIADB_10_11);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one row per pattern of DM's builtInSkipDDLs, matched case-insensitively at the start
            "SAVEPOINT sp1                                                           | savepoint",
            "FLUSH TABLES                                                            | flush",
            "flush privileges                                                        | flush",
            "OPTIMIZE TABLE t                                                        | table maintenance",
            "ANALYZE TABLE t                                                         | table maintenance",
            "REPAIR TABLE t                                                          | table maintenance",
            "DROP TEMPORARY TABLE IF EXISTS t                                        | temporary table",
            "DROP /*!40005 TEMPORARY */ TABLE IF EXISTS t                            | temporary table",
            "CREATE DEFINER=`root`@`localhost` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 | trigger",
            "CREATE TRIGGER tr AFTER UPDATE ON t FOR EACH ROW DELETE FROM u          | trigger",
            "DROP TRIGGER IF EXISTS tr                                               | trigger",
            "CREATE DEFINER=`u`@`%` PROCEDURE p() BEGIN SELECT 1; END                | procedure",
            "ALTER PROCEDURE p COMMENT 'x'                                           | procedure",
            "DROP PROCEDURE p                                                        | procedure",
            "CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW v AS SELECT 1 | view",
            "CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1 | view",
            "DROP VIEW IF EXISTS v                                                   | view",
            "ALTER ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW v AS SELECT 2 | view",
            "CREATE FUNCTION f RETURNS STRING SONAME 'udf.so'                        | function",
            "CREATE AGGREGATE FUNCTION f RETURNS INTEGER SONAME 'udf.so'             | function",
            "CREATE DEFINER=`root`@`localhost` FUNCTION f() RETURNS int RETURN 1     | function",
            "ALTER FUNCTION f COMMENT 'x'                                            | function",
            "DROP FUNCTION IF EXISTS f                                               | function",
            "CREATE TABLESPACE ts ADD DATAFILE 'ts.ibd'                              | tablespace",
            "ALTER TABLESPACE ts RENAME TO ts2                                       | tablespace",
            "DROP TABLESPACE ts                                                      | tablespace",
            "CREATE DEFINER=`root`@`localhost` EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t | event",
            "ALTER DEFINER=`root`@`localhost` EVENT e DISABLE                        | event",
            "DROP EVENT e                                                            | event",
            "GRANT SELECT ON db.* TO 'u'@'%'                                         | account management",
            "REVOKE ALL ON *.* FROM 'u'@'%'                                          | account management",
            "CREATE USER 'u'@'%' IDENTIFIED BY 'p'                                   | account management",
            "ALTER USER 'u'@'%' IDENTIFIED BY 'q'                                    | account management",
            "RENAME USER 'u'@'%' TO 'v'@'%'                                          | account management",
            "DROP USER 'u'@'%'                                                       | account management",
            "SET PASSWORD FOR 'u'@'%' = PASSWORD('x')                                | account management",
    })
    void skipsDmsBuiltInList(String sql, String reason) {
        assertThat(parser.parse(sql, "db")).isEqualTo(
                new ParsedStatement.Skipped(reason + " (DM built-in skip list)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // DM's view regex needs two separators before VIEW, so these escape it; skipped by keyword instead
            "CREATE VIEW v AS SELECT 1                                   | view",
            "CREATE OR REPLACE VIEW v AS SELECT 1                        | view",
            // a leading comment defeats DM's anchored regex, not the keyword check
            "/* app */ CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET @a = 1 | trigger",
            "CREATE DEFINER = CURRENT_USER() PROCEDURE p() SELECT 1      | procedure",
    })
    void catchesSkipListObjectsTheRegexesMiss(String sql, String object) {
        ParsedStatement parsed = parser.parse(sql, "db");
        assertThat(parsed).isInstanceOf(ParsedStatement.Skipped.class);
        assertThat(((ParsedStatement.Skipped) parsed).reason()).startsWith(object);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BEGIN                            | BEGIN",
            "begin work                       | BEGIN",
            "START TRANSACTION READ ONLY      | BEGIN",
            "COMMIT                           | COMMIT",
            "COMMIT WORK AND NO CHAIN         | COMMIT",
            "ROLLBACK                         | ROLLBACK",
            "ROLLBACK WORK TO SAVEPOINT sp    | ROLLBACK_TO_SAVEPOINT",
            "ROLLBACK TO sp                   | ROLLBACK_TO_SAVEPOINT",
            "XA START 'x'                     | XA_START",
            "XA END 'x'                       | XA_END",
            "XA PREPARE 'x'                   | XA_PREPARE",
            "XA COMMIT 'x' ONE PHASE          | XA_COMMIT",
            "XA ROLLBACK 'x'                  | XA_ROLLBACK",
    })
    void recognisesTransactionControl(String sql, Kind kind) {
        assertThat(parser.parse(sql, "db")).isEqualTo(new ParsedStatement.TransactionControl(kind));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INSERT INTO t VALUES (1)",
            "UPDATE t SET a = 1 WHERE b = 2",
            "DELETE FROM t",
            "REPLACE INTO t VALUES (1)",
            "SELECT 1",
            "/*!40101 SET NAMES utf8mb4 */",
            "SET @@session.foreign_key_checks = 0",
            "LOAD DATA INFILE 'x' INTO TABLE t",
            "CALL p()",
            "LOCK TABLES t WRITE",
            "UNLOCK TABLES",
            "CREATE ROLE r",
            "DROP ROLE r",
            "CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (HOST 'h')",
            "INSTALL SONAME 'ha_blackhole'",
            "RELEASE SAVEPOINT sp",
            "XA RECOVER",
            "MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET t.b = s.b",
    })
    void treatsStatementsThatChangeNoTableDefinitionAsNotDdl(String sql) {
        assertThat(parser.parse(sql, "db")).isInstanceOf(ParsedStatement.NotDdl.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''                                  | no statement",
            "/* only a comment */                | no statement",
            "# Dummy event replacing event type 160 that slave cannot handle. | no statement",
            "CREATE TEMPORARY TABLE t (a INT)    | temporary tables",
    })
    void skipsStatementsThatCannotChangeACapturedTable(String sql, String reason) {
        ParsedStatement parsed = parser.parse(sql, "db");
        assertThat(parsed).isInstanceOf(ParsedStatement.Skipped.class);
        assertThat(((ParsedStatement.Skipped) parsed).reason()).startsWith(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t WIBBLE                       | unknown ALTER TABLE specification near 'WIBBLE' (offset 14) | db.t",
            "ALTER TABLE x.t ADD COLUMN                 | expected a column name near the end of the statement (offset 26) | x.t",
            "CREATE TABLE t (a NOSUCHTYPE)              | unknown data type near 'NOSUCHTYPE)' (offset 18)             | db.t",
            "ALTER TABLE `t` ADD c VARCHAR(3) DEFAULT 'x | unterminated string literal                                 | db.t",
            "IMPORT TABLE FROM '/tmp/t.sdi'             | unsupported statement: IMPORT TABLE FROM '/tmp/t.sdi'         | db.IMPORT",
            "BEGIN NOT ATOMIC ALTER TABLE t ADD c INT; END | several statements in one event, not all of them understood | db.t",
    })
    void reportsWhatItCannotParseWithTheTablesItMentions(String sql, String error, String mentioned) {
        ParsedStatement parsed = parser.parse(sql, "db");
        assertThat(parsed).isInstanceOf(ParsedStatement.Unparseable.class);
        ParsedStatement.Unparseable u = (ParsedStatement.Unparseable) parsed;
        assertThat(u.error()).isEqualTo(error);
        String[] parts = mentioned.split("\\.");
        assertThat(u.mentionedTables()).contains(new TableId(parts[0], parts[1]));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE a ADD x INT; ALTER TABLE b DROP y | 2",
            "DROP TABLE a; DROP TABLE b, c;                | 3",
            "/*!40101 SET NAMES utf8 */; DROP TABLE a;     | 1",
    })
    void joinsSeveralDdlStatementsOfOneEvent(String sql, int pieces) {
        // statements that change no table (SET, comments) do not count
        ParsedStatement parsed = parser.parse(sql, "db");
        assertThat(((ParsedStatement.Ddl) parsed).pieces()).hasSize(pieces);
    }
}
