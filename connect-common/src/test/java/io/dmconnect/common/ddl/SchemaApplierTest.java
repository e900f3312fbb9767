package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MySQL/MariaDB semantics of each statement on the tracked schema. */
class SchemaApplierTest {
    private static final ServerFlavor FLAVOR = ServerFlavor.MARIADB_10_11;
    private static final String BASE = "CREATE DATABASE db CHARACTER SET utf8mb4;"
            + "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT DEFAULT 1, b VARCHAR(20) CHARSET latin1,"
            + " KEY ib (b), UNIQUE KEY ua (a, b))";
    private static final String BASE_TABLE = "id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT '1',"
            + " b varchar(20) latin1_swedish_ci DEFAULT NULL";

    private final DdlParser parser = new DdlParser(FLAVOR);
    private final SchemaApplier applier = new SchemaApplier(FLAVOR);

    private SchemaCatalog run(SchemaCatalog catalog, String statements) {
        SchemaCatalog result = catalog;
        for (String sql : statements.split(";")) {
            ParsedStatement parsed = parser.parse(sql, "db");
            assertThat(parsed).as(sql).isInstanceOf(ParsedStatement.Ddl.class);
            result = applier.applyAll(result, ((ParsedStatement.Ddl) parsed).pieces());
        }
        return result;
    }

    private String table(String setup, String ddl, String table) {
        SchemaCatalog catalog = run(run(SchemaCatalog.EMPTY, setup), ddl);
        return catalog.table(new TableId("db", table)).map(Describe::table).orElse("absent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // positions
            "ALTER TABLE t ADD c INT | " + BASE_TABLE + ", c int(11) DEFAULT NULL",
            "ALTER TABLE t ADD c INT FIRST | c int(11) DEFAULT NULL, " + BASE_TABLE,
            "ALTER TABLE t ADD c INT AFTER id | id int(11) NOT NULL AUTO_INCREMENT, c int(11) DEFAULT NULL,"
                    + " a int(11) DEFAULT '1', b varchar(20) latin1_swedish_ci DEFAULT NULL",
            // a new character column inherits the table's charset, not a neighbour's
            "ALTER TABLE t ADD c CHAR(2) | " + BASE_TABLE + ", c char(2) utf8mb4_general_ci DEFAULT NULL",
            // MODIFY keeps nothing of the old definition: default, charset and AUTO_INCREMENT go; position stays
            "ALTER TABLE t MODIFY a BIGINT | id int(11) NOT NULL AUTO_INCREMENT, a bigint(20) DEFAULT NULL,"
                    + " b varchar(20) latin1_swedish_ci DEFAULT NULL",
            "ALTER TABLE t MODIFY b VARCHAR(30) | id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT '1',"
                    + " b varchar(30) utf8mb4_general_ci DEFAULT NULL",
            "ALTER TABLE t MODIFY id BIGINT | id bigint(20) NOT NULL, a int(11) DEFAULT '1',"
                    + " b varchar(20) latin1_swedish_ci DEFAULT NULL",
            "ALTER TABLE t MODIFY b VARCHAR(20) FIRST | b varchar(20) utf8mb4_general_ci DEFAULT NULL,"
                    + " id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT '1'",
            // ALTER COLUMN defaults are canonical for the column's type
            "ALTER TABLE t ALTER COLUMN a SET DEFAULT '7' | id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT '7',"
                    + " b varchar(20) latin1_swedish_ci DEFAULT NULL",
            "ALTER TABLE t ALTER COLUMN a DROP DEFAULT | id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT NULL,"
                    + " b varchar(20) latin1_swedish_ci DEFAULT NULL",
            "ALTER TABLE t ALTER COLUMN id DROP DEFAULT | " + BASE_TABLE,
            // table defaults change new columns only
            "ALTER TABLE t DEFAULT CHARSET latin2, ADD c CHAR(1) | " + BASE_TABLE + ", c char(1) latin2_general_ci DEFAULT NULL",
            "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 | id int(11) NOT NULL AUTO_INCREMENT, a int(11) DEFAULT '1',"
                    + " b varchar(20) utf8mb4_general_ci DEFAULT NULL",
            "ALTER TABLE t ADD c TEXT CHARSET latin1, CONVERT TO CHARSET utf8mb4 COLLATE utf8mb4_bin | id int(11) NOT NULL"
                    + " AUTO_INCREMENT, a int(11) DEFAULT '1', b varchar(20) utf8mb4_bin DEFAULT NULL, c mediumtext utf8mb4_bin"
                    + " DEFAULT NULL",
            "ALTER TABLE t ADD COLUMN IF NOT EXISTS a TEXT, DROP COLUMN IF EXISTS zz | " + BASE_TABLE,
            "ALTER TABLE t ADD SYSTEM VERSIONING | " + BASE_TABLE + ", row_start timestamp(6) NOT NULL GENERATED,"
                    + " row_end timestamp(6) NOT NULL GENERATED",
            "ALTER TABLE t RENAME TO t2 | absent",
            "DROP TABLE t | absent",
            "TRUNCATE t | " + BASE_TABLE,
    })
    void appliesColumnChanges(String ddl, String columns) {
        String described = table(BASE, ddl, "t");
        assertThat(described.replaceAll(" / .*$", "")).isEqualTo(columns);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD INDEX (a), ADD INDEX (a), ADD INDEX (b)"
                    + " | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b), INDEX a(a), INDEX a_2(a), INDEX b(b)",
            "ALTER TABLE t ADD c INT UNIQUE | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b), UNIQUE c(c)",
            "ALTER TABLE t CHANGE b bb VARCHAR(5) | PRIMARY PRIMARY(id), INDEX ib(bb), UNIQUE ua(a,bb)",
            "ALTER TABLE t RENAME COLUMN a TO aa | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(aa,b)",
            "ALTER TABLE t DROP COLUMN b | PRIMARY PRIMARY(id), UNIQUE ua(a)",
            "ALTER TABLE t DROP INDEX ib, RENAME INDEX ua TO u2 | PRIMARY PRIMARY(id), UNIQUE u2(a,b)",
            "ALTER TABLE t DROP PRIMARY KEY | INDEX ib(b), UNIQUE ua(a,b)",
            "DROP INDEX `PRIMARY` ON t | INDEX ib(b), UNIQUE ua(a,b)",
            "ALTER TABLE t DROP CONSTRAINT ua | PRIMARY PRIMARY(id), INDEX ib(b)",
            "ALTER TABLE t DROP CHECK ua | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "CREATE UNIQUE INDEX ux ON t (B, A) | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b), UNIQUE ux(b,a)",
            "ALTER TABLE t ADD INDEX IF NOT EXISTS ib (a) | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id) | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            // an index serves a foreign key only when it starts with the key's columns in order
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (b, a) REFERENCES p (x, y)"
                    + " | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b), INDEX fk(b,a)",
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a, id) REFERENCES p (x, y)"
                    + " | PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b), INDEX fk(a,id)",
            "ALTER TABLE t ADD FOREIGN KEY fki (id, a) REFERENCES p (x, y) | PRIMARY PRIMARY(id), INDEX ib(b),"
                    + " UNIQUE ua(a,b), INDEX fki(id,a)",
    })
    void appliesKeyChanges(String ddl, String keys) {
        assertThat(table(BASE, ddl, "t").replaceAll("^.* / ", "")).isEqualTo(keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a primary key makes its columns NOT NULL and drops their DEFAULT NULL
            "CREATE TABLE n (a INT, b INT DEFAULT 5, PRIMARY KEY (a, b)) | n"
                    + " | a int(11) NOT NULL, b int(11) NOT NULL DEFAULT '5' / PRIMARY PRIMARY(a,b)",
            "CREATE TABLE n (a INT, b INT);ALTER TABLE n ADD PRIMARY KEY (b) | n"
                    + " | a int(11) DEFAULT NULL, b int(11) NOT NULL / PRIMARY PRIMARY(b)",
            "CREATE TABLE n (a INT);ALTER TABLE n ADD id INT PRIMARY KEY FIRST | n"
                    + " | id int(11) NOT NULL, a int(11) DEFAULT NULL / PRIMARY PRIMARY(id)",
            // the database's charset, else the server's
            "CREATE TABLE n (s CHAR(1)) | n | s char(1) utf8mb4_general_ci DEFAULT NULL ",
            "ALTER DATABASE db CHARACTER SET latin1;CREATE TABLE n (s CHAR(1)) | n | s char(1) latin1_swedish_ci DEFAULT NULL ",
            "CREATE DATABASE x COLLATE latin1_bin;CREATE TABLE x.n (s CHAR(1));RENAME TABLE x.n TO n"
                    + " | n | s char(1) latin1_bin DEFAULT NULL ",
            "CREATE TABLE n (s CHAR(1)) CHARSET=latin1 | n | s char(1) latin1_swedish_ci DEFAULT NULL ",
            "CREATE TABLE n (s CHAR(1)) COLLATE=latin1_bin | n | s char(1) latin1_bin DEFAULT NULL ",
            // LIKE copies the definition; CREATE without IF NOT EXISTS replaces a stale copy; with it, keeps it
            "CREATE TABLE n LIKE t | n | " + BASE_TABLE + " / PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "CREATE TABLE t (z INT) | t | z int(11) DEFAULT NULL ",
            "CREATE TABLE IF NOT EXISTS t (z INT) | t | " + BASE_TABLE + " / PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "CREATE OR REPLACE TABLE t (z INT) | t | z int(11) DEFAULT NULL ",
            "RENAME TABLE t TO n, n TO m | m | " + BASE_TABLE + " / PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "ALTER TABLE t RENAME TO n, ADD z INT | n | " + BASE_TABLE + ", z int(11) DEFAULT NULL"
                    + " / PRIMARY PRIMARY(id), INDEX ib(b), UNIQUE ua(a,b)",
            "CREATE TABLE v (a INT) WITH SYSTEM VERSIONING | v | a int(11) DEFAULT NULL,"
                    + " row_start timestamp(6) NOT NULL GENERATED, row_end timestamp(6) NOT NULL GENERATED ",
            "CREATE TABLE v (a INT WITH SYSTEM VERSIONING, b INT WITHOUT SYSTEM VERSIONING) | v | a int(11) DEFAULT NULL,"
                    + " b int(11) DEFAULT NULL, row_start timestamp(6) NOT NULL GENERATED, row_end timestamp(6) NOT NULL GENERATED",
            "CREATE TABLE v (a INT, s TIMESTAMP(6) AS ROW START, e TIMESTAMP(6) AS ROW END, PERIOD FOR SYSTEM_TIME(s, e))"
                    + " WITH SYSTEM VERSIONING | v | a int(11) DEFAULT NULL, s timestamp(6) GENERATED,"
                    + " e timestamp(6) GENERATED ",
            "CREATE SEQUENCE s | s | next_not_cached_value bigint(21) NOT NULL, minimum_value bigint(21) NOT NULL,"
                    + " maximum_value bigint(21) NOT NULL, start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL,"
                    + " cache_size bigint(21) unsigned NOT NULL, cycle_option tinyint(1) unsigned NOT NULL,"
                    + " cycle_count bigint(21) NOT NULL ",
            "CREATE TABLE p (id INT) PARTITION BY HASH(id) PARTITIONS 2;ALTER TABLE p CONVERT PARTITION p0 TO TABLE q"
                    + " | q | id int(11) DEFAULT NULL ",
    })
    void appliesTableStatements(String ddl, String table, String expected) {
        assertThat(table(BASE, ddl, table)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "DROP DATABASE db                        | ''",
            "CREATE TABLE other.x (a INT);DROP DATABASE other | db.t",
            "DROP TABLE IF EXISTS t, nothere         | ''",
            "DROP TABLE nothere                      | db.t",
            "CREATE TABLE t2 (a INT);DROP TABLE t, t2 | ''",
            "CREATE TABLE p (id INT) PARTITION BY HASH(id) PARTITIONS 2;ALTER TABLE p CONVERT TABLE t TO PARTITION p3"
                    + " | db.p",
    })
    void dropsTablesAndDatabases(String ddl, String remaining) {
        SchemaCatalog catalog = run(run(SchemaCatalog.EMPTY, BASE), ddl);
        assertThat(catalog.tables().keySet().stream().map(TableId::toString).sorted()
                .collect(Collectors.joining(","))).isEqualTo(remaining);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE nothere ADD c INT                 | UNKNOWN_TABLE        | table db.nothere is not tracked",
            "CREATE INDEX i ON nothere (a)                 | UNKNOWN_TABLE        | table db.nothere is not tracked",
            "RENAME TABLE nothere TO x                     | UNKNOWN_TABLE        | table db.nothere is not tracked",
            "CREATE TABLE x LIKE nothere                   | UNKNOWN_TABLE        | the LIKE source db.nothere is not tracked",
            "ALTER TABLE t ADD a INT                       | DUPLICATE_COLUMN     | duplicate column name 'a'",
            "ALTER TABLE t CHANGE a b INT                  | DUPLICATE_COLUMN     | duplicate column name 'b'",
            "ALTER TABLE t RENAME COLUMN a TO B            | DUPLICATE_COLUMN     | duplicate column name 'B'",
            "ALTER TABLE t DROP COLUMN zz                  | UNKNOWN_COLUMN       | column 'zz' does not exist",
            "ALTER TABLE t MODIFY zz INT                   | UNKNOWN_COLUMN       | column 'zz' does not exist",
            "ALTER TABLE t ADD c INT AFTER zz              | UNKNOWN_COLUMN       | column 'zz' does not exist",
            "ALTER TABLE t ADD INDEX (zz)                  | UNKNOWN_COLUMN       | key column 'zz' does not exist",
            "ALTER TABLE t ALTER COLUMN zz SET DEFAULT 1   | UNKNOWN_COLUMN       | column 'zz' does not exist",
            "ALTER TABLE t ADD PRIMARY KEY (a)             | MULTIPLE_PRIMARY_KEY | the table already has a primary key",
            "ALTER TABLE t ADD INDEX ib (a)                | DUPLICATE_KEY        | duplicate key name 'ib'",
            "ALTER TABLE t RENAME INDEX ib TO ua           | DUPLICATE_KEY        | duplicate key name 'ua'",
            "ALTER TABLE t DROP INDEX zz                   | UNKNOWN_KEY          | key 'zz' does not exist",
            "DROP INDEX zz ON t                            | UNKNOWN_KEY          | key 'zz' does not exist",
            "ALTER TABLE t ALTER INDEX zz INVISIBLE        | UNKNOWN_KEY          | key 'zz' does not exist",
            "CREATE TABLE x (a INT);ALTER TABLE x DROP a   | NO_COLUMNS_LEFT      | a table cannot lose its last column",
            "CREATE TABLE x (a INT);RENAME TABLE x TO t    | TABLE_EXISTS         | table db.t already exists",
            "CREATE TABLE x (a INT, a INT)                 | DUPLICATE_COLUMN     | duplicate column name 'a'",
            "CREATE TABLE x (a INT PRIMARY KEY, b INT PRIMARY KEY) | MULTIPLE_PRIMARY_KEY | the table already has a primary key",
            "CREATE TABLE x SELECT 1 AS a                  | NEEDS_SCHEMA         | the columns of CREATE TABLE ... SELECT"
                    + " depend on the query; give the table's schema",
    })
    void refusesWhatCannotBeAppliedAndNamesTheStatement(String ddl, DdlApplyException.Reason reason, String message) {
        SchemaCatalog base = run(SchemaCatalog.EMPTY, BASE);
        String[] statements = ddl.split(";");
        SchemaCatalog before = statements.length > 1 ? run(base, statements[0]) : base;
        SingleDdl failing = ((ParsedStatement.Ddl) parser.parse(statements[statements.length - 1], "db")).pieces().get(0);
        assertThatThrownBy(() -> applier.apply(before, failing)).isInstanceOfSatisfying(DdlApplyException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.ddl()).isEqualTo(failing);
            assertThat(e.getMessage()).isEqualTo("cannot apply `" + failing.sql() + "` to the tracked schema: " + message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE IF EXISTS nothere ADD c INT",
            "RENAME TABLE IF EXISTS nothere TO x",
            "CREATE TABLE IF NOT EXISTS t LIKE nothere",
    })
    void toleratesWhatTheUpstreamToleratedWithIfExists(String ddl) {
        SchemaCatalog base = run(SchemaCatalog.EMPTY, BASE);
        assertThat(run(base, ddl)).isEqualTo(base);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE DATABASE x                                 | x utf8mb4 utf8mb4_general_ci",
            "CREATE DATABASE x CHARACTER SET latin1            | x latin1 latin1_swedish_ci",
            "CREATE DATABASE x COLLATE utf8mb4_bin             | x utf8mb4 utf8mb4_bin",
            "CREATE DATABASE x;ALTER DATABASE x CHARSET ascii  | x ascii ascii_general_ci",
            "CREATE DATABASE IF NOT EXISTS db CHARSET latin1   | db utf8mb4 utf8mb4_general_ci",
            "CREATE DATABASE db CHARACTER SET latin1           | db latin1 latin1_swedish_ci",
            "CREATE OR REPLACE DATABASE db CHARACTER SET latin1 | db latin1 latin1_swedish_ci",
    })
    void tracksDatabaseDefaults(String ddl, String expected) {
        SchemaCatalog catalog = run(run(SchemaCatalog.EMPTY, "CREATE DATABASE db"), ddl);
        String[] e = expected.split(" ");
        assertThat(catalog.database(e[0])).contains(new SchemaCatalog.DatabaseDef(e[0], e[1], e[2]));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE n (a INT) ENGINE=myisam COMMENT='hi' | MyISAM | hi",
            "CREATE TABLE n (a INT)                            | InnoDB | null",
            "CREATE TABLE n (a INT) COMMENT 'x';ALTER TABLE n COMMENT='' | InnoDB | null",
            "CREATE TABLE n (a INT);ALTER TABLE n ENGINE=Aria COMMENT 'c' | Aria | c",
    })
    void tracksEngineAndComment(String ddl, String engine, String comment) {
        TableSchema n = run(run(SchemaCatalog.EMPTY, BASE), ddl).table(new TableId("db", "n")).orElseThrow();
        assertThat(n.engine()).isEqualTo(engine);
        assertThat(String.valueOf(n.comment())).isEqualTo(comment);
    }
}
