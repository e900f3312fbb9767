package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.SchemaApplier;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.harness.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL layer against the real thing: for each (setup, DDL) row, the schema the {@link SchemaApplier} predicts
 * from the parsed DDL must equal what MariaDB 10.11 reports in SHOW CREATE TABLE after running the DDL (columns in
 * order with types, nullability, defaults, charsets; indexes; table charset, engine, comment). A second database
 * runs the split, rewritten pieces ({@link SingleDdl#sql()}) instead of the original statement and must end up the
 * same, which proves the printed SQL is valid and equivalent.
 */
class DdlOracleIT {
    private static final ServerFlavor FLAVOR = ServerFlavor.MARIADB_10_11;
    private static final String BASE = "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT,"
            + " b VARCHAR(20), c TEXT, KEY ib (b), UNIQUE KEY ua (a, b))";
    private static final String PARENT = "CREATE TABLE p (id INT PRIMARY KEY)";
    private static final AtomicInteger CASES = new AtomicInteger();

    private static MariaDbServer server;
    private static Connection connection;

    private final DdlParser parser = new DdlParser(FLAVOR);
    private final SchemaApplier applier = new SchemaApplier(FLAVOR);
    private final CreateTableParser showCreate = new CreateTableParser(FLAVOR);

    @BeforeAll
    static void start() throws SQLException {
        server = MariaDbServer.builder("ddl-oracle").baseDir(ItPaths.workDir()).binlog(false).start();
        connection = server.connect(server.admin());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("add column", BASE, "ALTER TABLE t ADD COLUMN d INT"),
                row("add column first with default", BASE, "ALTER TABLE t ADD COLUMN d INT NOT NULL DEFAULT 7 FIRST"),
                row("add column after, own charset", BASE, "ALTER TABLE t ADD d VARCHAR(10) CHARACTER SET latin1 AFTER a"),
                row("add columns in parentheses", BASE,
                        "ALTER TABLE t ADD COLUMN (d INT, e DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3))"),
                row("add unique column", BASE, "ALTER TABLE t ADD COLUMN d INT UNIQUE"),
                row("add column, numeric default as string", BASE, "ALTER TABLE t ADD d INT DEFAULT '42'"),
                row("add decimal with rounded default", BASE, "ALTER TABLE t ADD d DECIMAL(8,3) DEFAULT 1.5"),
                row("add enum", BASE, "ALTER TABLE t ADD d ENUM('x','y''z') NOT NULL DEFAULT 'x'"),
                row("add set and bit", BASE, "ALTER TABLE t ADD d SET('a','b') DEFAULT 'a,b', ADD e BIT(3) DEFAULT b'101'"),
                row("add timestamp now", BASE, "ALTER TABLE t ADD ts TIMESTAMP NOT NULL DEFAULT NOW() ON UPDATE NOW()"),
                row("add expression default", BASE, "ALTER TABLE t ADD d INT DEFAULT (1 + 1)"),
                row("add if not exists (MariaDB)", BASE,
                        "ALTER TABLE t ADD COLUMN IF NOT EXISTS a INT, ADD COLUMN IF NOT EXISTS z INT"),
                row("drop column", BASE, "ALTER TABLE t DROP COLUMN c"),
                row("drop column shrinks and drops indexes", "CREATE TABLE t (a INT, b INT, c INT, KEY k (a, b), KEY kb (b))",
                        "ALTER TABLE t DROP COLUMN b"),
                row("drop constraint drops unique key", BASE, "ALTER TABLE t DROP CONSTRAINT ua"),
                row("drop column if exists (MariaDB)", BASE, "ALTER TABLE t DROP COLUMN IF EXISTS zz, DROP COLUMN IF EXISTS c"),
                row("modify type and null", BASE, "ALTER TABLE t MODIFY b VARCHAR(50) NOT NULL"),
                row("modify position", BASE, "ALTER TABLE t MODIFY c TEXT AFTER id"),
                row("modify loses auto_increment, keeps PK not null", BASE, "ALTER TABLE t MODIFY id BIGINT"),
                row("modify charset", BASE, "ALTER TABLE t MODIFY b VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_bin"),
                row("change renames in index", BASE, "ALTER TABLE t CHANGE b bb VARCHAR(30)"),
                row("change first", BASE, "ALTER TABLE t CHANGE COLUMN a a2 BIGINT UNSIGNED NOT NULL FIRST"),
                row("rename column", BASE, "ALTER TABLE t RENAME COLUMN b TO b2"),
                row("set default", BASE, "ALTER TABLE t ALTER COLUMN a SET DEFAULT 3"),
                row("drop default", "CREATE TABLE t (a INT NOT NULL DEFAULT 1, b INT DEFAULT 2)",
                        "ALTER TABLE t ALTER COLUMN a DROP DEFAULT, ALTER COLUMN b DROP DEFAULT"),
                row("add named index", BASE, "ALTER TABLE t ADD INDEX ia (a)"),
                row("add unnamed indexes", BASE, "ALTER TABLE t ADD INDEX (b), ADD INDEX (b), ADD KEY (a, c(5))"),
                row("add unique constraint", BASE, "ALTER TABLE t ADD CONSTRAINT uc UNIQUE (c(10))"),
                row("drop index", BASE, "ALTER TABLE t DROP INDEX ib"),
                row("replace primary key", BASE,
                        "ALTER TABLE t MODIFY id INT NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (id, a)"),
                row("add primary key makes not null", "CREATE TABLE t (a INT, b INT DEFAULT 5)",
                        "ALTER TABLE t ADD PRIMARY KEY (a, b)"),
                row("rename index", BASE, "ALTER TABLE t RENAME INDEX ib TO ib2"),
                row("fulltext", BASE, "ALTER TABLE t ADD FULLTEXT INDEX ft (c)"),
                row("create index", BASE, "CREATE UNIQUE INDEX ux ON t (b, a)"),
                row("drop index statement", BASE, "DROP INDEX ib ON t"),
                row("table comment and engine", BASE, "ALTER TABLE t COMMENT='hello', ENGINE=InnoDB"),
                row("table charset then new column", BASE, "ALTER TABLE t DEFAULT CHARSET=latin1, ADD COLUMN d VARCHAR(5)"),
                row("convert to latin1", BASE, "ALTER TABLE t CONVERT TO CHARACTER SET latin1"),
                row("convert latin1 text to utf8mb4", "CREATE TABLE t (a TEXT, b TINYTEXT, c VARCHAR(10)) CHARSET latin1",
                        "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4"),
                row("alter rename then alter", BASE, "ALTER TABLE t RENAME TO t2, ADD COLUMN z INT"),
                row("rename table chain", BASE, "RENAME TABLE t TO t2, t2 TO t3"),
                row("algorithm and lock", BASE, "ALTER TABLE t ADD COLUMN d INT, ALGORITHM=INPLACE, LOCK=NONE"),
                row("create table", "",
                        "CREATE TABLE n (id BIGINT UNSIGNED AUTO_INCREMENT, code CHAR(3) NOT NULL,"
                        + " amount DECIMAL(12,2) NOT NULL DEFAULT '0.00', created DATETIME DEFAULT CURRENT_TIMESTAMP,"
                        + " flag BOOL DEFAULT TRUE, PRIMARY KEY (id), UNIQUE KEY (code), KEY idx_created (created))"
                        + " ENGINE=InnoDB DEFAULT CHARSET=latin1"),
                row("create table like", BASE, "CREATE TABLE t2 LIKE t"),
                row("create table with foreign key", PARENT,
                        "CREATE TABLE ch (id INT PRIMARY KEY, pid INT, CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES p(id))"),
                row("add unnamed foreign key", PARENT + ";CREATE TABLE ch (id INT PRIMARY KEY, pid INT)",
                        "ALTER TABLE ch ADD FOREIGN KEY (pid) REFERENCES p (id)"),
                row("json and generated column", "", "CREATE TABLE g (a INT, b INT AS (a * 2) VIRTUAL, j JSON)"),
                row("create or replace", BASE, "CREATE OR REPLACE TABLE t (x INT)"),
                row("drop tables", BASE + ";" + PARENT, "DROP TABLE IF EXISTS t, nothere, p"),
                row("truncate", BASE, "TRUNCATE t"),
                row("serial and binary attribute", "", "CREATE TABLE s1 (id SERIAL, v VARCHAR(3) BINARY)"),
                row("text and blob sizing", "",
                        "CREATE TABLE s2 (a TEXT(100), b TEXT(1000) CHARACTER SET latin1, c BLOB(70000))"),
                row("binary charset", "", "CREATE TABLE s3 (a CHAR(4) CHARACTER SET binary, b VARCHAR(4) COLLATE latin1_bin)"),
                row("national types", "", "CREATE TABLE s4 (a NATIONAL CHAR(3), b NVARCHAR(5))"),
                row("numeric and temporal types", "",
                        "CREATE TABLE s5 (a TINYINT, b SMALLINT UNSIGNED, c MEDIUMINT ZEROFILL, d INT(5), e BIGINT,"
                        + " f FLOAT(7,3), g DOUBLE, h REAL, i FLOAT(30), y YEAR, t TIME(2), dt DATETIME DEFAULT '2020-01-02')"),
                row("system versioning", "", "CREATE TABLE sv (a INT) WITH SYSTEM VERSIONING"),
                row("column-level system versioning", "",
                        "CREATE TABLE sv (a INT WITH SYSTEM VERSIONING, b INT WITHOUT SYSTEM VERSIONING)"),
                row("sequence", "", "CREATE SEQUENCE sq START WITH 10"),
                row("partitioned table maintenance", "CREATE TABLE pt (id INT PRIMARY KEY) PARTITION BY HASH(id) PARTITIONS 4",
                        "ALTER TABLE pt COALESCE PARTITION 2"),
                row("auto_increment implies not null", "", "CREATE TABLE ai (id INT AUTO_INCREMENT, KEY (id))"),
                row("auto_increment written NULL", "", "CREATE TABLE ai (v INT NULL AUTO_INCREMENT, KEY (v))"),
                row("foreign key index names", PARENT,
                        "CREATE TABLE ch (id INT PRIMARY KEY, a INT, b INT, c INT, KEY kc (c), FOREIGN KEY fka (a) REFERENCES p(id),"
                        + " CONSTRAINT fkb FOREIGN KEY ib (b) REFERENCES p(id), FOREIGN KEY (c) REFERENCES p(id))"),
                row("add primary key column", "CREATE TABLE t (a INT)", "ALTER TABLE t ADD COLUMN id INT PRIMARY KEY FIRST"),
                row("modify enum and collation only", BASE,
                        "ALTER TABLE t MODIFY b ENUM('p','q') COLLATE utf8mb4_bin DEFAULT 'q', MODIFY c VARCHAR(5) COLLATE utf8mb4_bin"),
                row("add system versioning", "CREATE TABLE t (a INT)", "ALTER TABLE t ADD SYSTEM VERSIONING"),
                row("literal defaults", BASE,
                        "ALTER TABLE t ADD d VARCHAR(10) DEFAULT _utf8mb4'abc', ADD dt DATETIME(2) DEFAULT '2020-01-01 10:00:00',"
                        + " ADD f FLOAT DEFAULT 1e3, ADD g DOUBLE DEFAULT -0.50, ADD h TINYINT(1) DEFAULT TRUE,"
                        + " ADD i TEXT DEFAULT 'x', ADD j VARCHAR(3) ASCII, ADD k BIT(4) DEFAULT 5, ADD l DECIMAL(5,1) DEFAULT '2.25'"),
                row("duplicate unnamed unique keys", "", "CREATE TABLE u (id INT, UNIQUE KEY (id), UNIQUE KEY (id))"),
                row("table collation", "", "CREATE TABLE tc (a VARCHAR(3), b CHAR(2) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"),
                row("database charset inherited", "ALTER DATABASE CHARACTER SET latin1", "CREATE TABLE d1 (a VARCHAR(3), b TEXT)"),
                row("convert partition to table (MariaDB)",
                        "CREATE TABLE pr (a INT) PARTITION BY RANGE (a) (PARTITION p0 VALUES LESS THAN (10),"
                        + " PARTITION p1 VALUES LESS THAN MAXVALUE)", "ALTER TABLE pr CONVERT PARTITION p0 TO TABLE pr0"),
                row("unnamed keys on one column", "", "CREATE TABLE k (a INT, b INT, KEY (a), KEY (a), INDEX (b, a))"),
                row("executable comment and generated-by-server", BASE,
                        "ALTER TABLE t /*!50100 ADD COLUMN d INT */ /* generated by server */"));
    }

    private static Arguments row(String name, String setup, String ddl) {
        return Arguments.of(name, setup, ddl);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void applierPredictsWhatTheServerDoes(String name, String setup, String ddl) throws SQLException {
        int n = CASES.incrementAndGet();
        String original = "oracle_" + n;
        String split = "split_" + n;
        for (String db : List.of(original, split)) {
            execute(null, "CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            for (String statement : setup.isEmpty() ? new String[0] : setup.split(";")) {
                execute(db, statement);
            }
        }
        SchemaCatalog before = read(original);
        ParsedStatement parsed = parser.parse(ddl, original);
        assertThat(parsed).as("parse %s", ddl).isInstanceOf(ParsedStatement.Ddl.class);
        List<SingleDdl> pieces = ((ParsedStatement.Ddl) parsed).pieces();
        SchemaCatalog predicted = applier.applyAll(before, pieces);

        execute(original, ddl);
        for (SingleDdl piece : pieces) {
            execute(split, piece.renamed(id -> id.schema().equals(original) ? new TableId(split, id.table()) : id).sql());
        }

        Map<String, TableSchema> actual = comparable(read(original), original);
        assertThat(comparable(predicted, original)).as("applier vs server for %s", ddl).isEqualTo(actual);
        assertThat(comparable(read(split), split)).as("split pieces %s vs original", pieces).isEqualTo(actual);
    }

    private void execute(String db, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (db != null) {
                s.execute("USE " + db);
            }
            s.execute(sql);
        }
    }

    /** The database's defaults and every table, bootstrapped from SHOW CREATE TABLE. */
    private SchemaCatalog read(String db) throws SQLException {
        SchemaCatalog catalog = SchemaCatalog.EMPTY;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                    + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + db + "'")) {
                rs.next();
                catalog = catalog.withDatabase(new SchemaCatalog.DatabaseDef(db, rs.getString(1), rs.getString(2)));
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW TABLES FROM " + db)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + db + ".`" + table + "`")) {
                    rs.next();
                    catalog = catalog.withTable(showCreate.parse(rs.getString(2), new TableId(db, table)));
                }
            }
        }
        return catalog;
    }

    /** Tables of one database by name, indexes sorted by name (their order carries no meaning). */
    private static Map<String, TableSchema> comparable(SchemaCatalog catalog, String db) {
        Map<String, TableSchema> tables = new TreeMap<>();
        for (TableSchema t : catalog.tables().values()) {
            if (t.id().schema().equals(db)) {
                List<IndexDef> indexes = t.indexes().stream().sorted(Comparator.comparing(IndexDef::name)).toList();
                tables.put(t.id().table(), new TableSchema(new TableId("", t.id().table()), t.columns(), indexes,
                        t.charset(), t.collation(), t.engine(), t.comment()));
            }
        }
        return tables;
    }
}
