package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.CreateTableParser;
import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.sink.tidb.ddl.CollationMode;
import io.dmconnect.sink.tidb.ddl.DdlPlan;
import io.dmconnect.sink.tidb.ddl.DdlReplayPlanner;
import io.dmconnect.sink.tidb.ddl.ReplayOptions;
import io.dmconnect.sink.tidb.ddl.TableCreator;
import io.dmconnect.sink.tidb.ddl.UnsupportedDdl;
import io.dmconnect.sink.tidb.ddl.UpstreamSession;
import io.dmconnect.sink.tidb.error.ErrorClass;
import io.dmconnect.sink.tidb.error.ErrorClassifier;
import io.dmconnect.sink.tidb.error.ErrorClassifier.Context;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import io.dmconnect.sink.tidb.session.Downstream;
import io.dmconnect.sink.tidb.session.SessionSetup;
import io.dmconnect.harness.Credentials;
import io.dmconnect.harness.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sink's DDL replay and error classification against a real MariaDB downstream, through MySQL Connector/J
 * (the driver the sink uses): DDL records of shard {@code shop_01.orders_07} are planned with a router to
 * {@code shop.orders}, run with DM's wrapper, and checked in SHOW CREATE TABLE; every DDL is run a second time
 * and its errors must all be "already done"; errors raised by a trigger with TiDB's numbers, a real duplicate key,
 * a killed connection and an over-long identifier are classified from the exceptions the driver really throws.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DdlReplayIT {
    /** An upstream whose default collations differ from MariaDB's, so strict mode is visible downstream. */
    private static final ServerFlavor UPSTREAM = ServerFlavor.MARIADB_10_11.withDefaultCollations(
            Map.of("latin1", "latin1_general_ci", "utf8mb4", "utf8mb4_unicode_ci"));
    private static final long EVENT_TIME = 1_700_000_000L; // 2023-11-14 22:13:20 UTC
    private static final String SOURCE_SQL_MODE = "STRICT_TRANS_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    private static final AtomicInteger IDS = new AtomicInteger(100);

    private static MariaDbServer server;
    private static Connection ddl;

    private final ErrorClassifier classifier = new ErrorClassifier();
    private final DdlReplayPlanner planner = new DdlReplayPlanner(UPSTREAM, ReplayOptions.defaults(Downstream.MARIADB)
            .withCollation(CollationMode.STRICT).withTimeZones("+00:00", null));

    @BeforeAll
    static void start() throws SQLException {
        server = MariaDbServer.builder("ddl-replay").baseDir(ItPaths.workDir()).binlog(false).start();
        ddl = connect(server.admin());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (ddl != null) {
            ddl.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The sink's own driver and DM's session: foreign_key_checks=0, adjusted sql_mode, the task time zone. */
    private static Connection connect(Credentials account) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port()
                + "/?sslMode=DISABLED&connectTimeout=5000", account.user(), account.password());
        assertThat(c.getClass().getName()).startsWith("com.mysql.cj.");
        SessionSetup.Options session = new SessionSetup.Options(Downstream.MARIADB, null, SOURCE_SQL_MODE,
                "+00:00", Map.of());
        try (Statement s = c.createStatement()) {
            for (String set : SessionSetup.statements(session)) {
                s.execute(set);
            }
        }
        return c;
    }

    @Test
    @Order(1)
    void theSessionIsDmsSession() throws SQLException {
        List<String> row = query("SELECT @@session.foreign_key_checks, @@session.sql_mode, @@session.time_zone")
                .get(0);
        assertThat(row.get(0)).isEqualTo("0");
        assertThat(row.get(1).split(",")).as("the source's mode without strict and zero-date modes, plus DM's three")
                .containsExactlyInAnyOrder("NO_ENGINE_SUBSTITUTION", "IGNORE_SPACE", "NO_AUTO_VALUE_ON_ZERO",
                        "ALLOW_INVALID_DATES");
        assertThat(row.get(2)).isEqualTo("+00:00");
    }

    @Test
    @Order(2)
    void replaysRoutedDdlAndEveryDdlTwice() throws SQLException {
        List<String> upstream = List.of(
                "CREATE DATABASE shop_01",
                "CREATE TABLE shop_01.orders_07 (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                        + "sku VARCHAR(32) CHARACTER SET latin1 NOT NULL, note TEXT, "
                        + "created DATETIME DEFAULT CURRENT_TIMESTAMP) DEFAULT CHARSET=utf8mb4",
                "CREATE TRIGGER orders_07_bi BEFORE INSERT ON orders_07 FOR EACH ROW SET NEW.note = 'x'",
                "ALTER TABLE orders_07 ADD COLUMN qty INT NOT NULL DEFAULT 1",
                "ALTER TABLE orders_07 ADD INDEX idx_sku (sku), ADD UNIQUE KEY uk_sku_qty (sku, qty)",
                "ALTER TABLE orders_07 DROP COLUMN note",
                "INSERT INTO orders_07 (id, sku) VALUES (1, 'a')",
                "ALTER TABLE orders_07 ADD COLUMN stamped TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP",
                "DROP INDEX idx_sku ON orders_07",
                "ALTER TABLE orders_07 CHANGE COLUMN qty quantity INT NOT NULL DEFAULT 1",
                "CREATE TABLE items (id INT PRIMARY KEY, order_id BIGINT UNSIGNED, "
                        + "FOREIGN KEY (order_id) REFERENCES orders_07 (id))",
                "CREATE TABLE audit (id INT NOT NULL, what VARCHAR(10))",
                "ALTER TABLE audit ADD PRIMARY KEY (id)",
                "CREATE TABLE events (id INT NOT NULL, PRIMARY KEY (id)) PARTITION BY RANGE (id) "
                        + "(PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN (20))",
                "ALTER TABLE events ADD PARTITION (PARTITION p2 VALUES LESS THAN (30))",
                "ALTER TABLE events DROP PARTITION p0",
                "DROP TABLE audit");
        TreeSet<Integer> alreadyDone = new TreeSet<>();
        List<String> skipped = new ArrayList<>();
        for (String record : records(upstream)) {
            if (record.startsWith("INSERT")) { // a row between DDLs: the sink applies it to the routed table
                ddl.createStatement().execute("INSERT INTO shop.orders (id, sku) VALUES (1, 'a')");
                continue;
            }
            DdlPlan plan = planner.plan(record, "shop_01", DdlReplayIT::route,
                    new UpstreamSession(EVENT_TIME, "+08:00", "utf8mb4_unicode_ci"));
            if (plan instanceof DdlPlan.Skip skip) {
                skipped.add(skip.reason());
                continue;
            }
            DdlPlan.Execute execute = (DdlPlan.Execute) plan;
            assertThat(run(record, execute)).as("first run of %s", execute.ddls()).isEmpty();
            alreadyDone.addAll(run(record, execute)); // replayed after a crash: the effect is already there
        }

        assertThat(skipped).containsExactly("trigger (DM built-in skip list)");
        assertThat(alreadyDone).containsExactly(1054, 1060, 1061, 1068, 1091, 1507, 1517);
        assertThat(query("SHOW DATABASES LIKE 'shop%'")).containsExactly(List.of("shop"));
        assertThat(query("SELECT COUNT(*) FROM information_schema.TRIGGERS")).containsExactly(List.of("0"));

        TableSchema orders = showCreate(new TableId("shop", "orders"));
        assertThat(orders.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "sku", "created", "quantity", "stamped");
        assertThat(orders.column("sku").orElseThrow().collation()).as("strict: the upstream's latin1 default")
                .isEqualTo("latin1_general_ci");
        assertThat(orders.collation()).isEqualTo("utf8mb4_unicode_ci");
        assertThat(orders.indexes()).extracting(IndexDef::name).containsExactly("PRIMARY", "uk_sku_qty");
        assertThat(query("SELECT stamped FROM shop.orders WHERE id = 1")).as("SET TIMESTAMP filled the old row")
                .containsExactly(List.of("2023-11-14 22:13:20"));
        assertThat(query("SELECT REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME FROM information_schema"
                + ".KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'shop' AND TABLE_NAME = 'items' "
                + "AND REFERENCED_TABLE_NAME IS NOT NULL"))
                .as("the foreign key points at the routed table").containsExactly(List.of("shop", "orders"));
        assertThat(query("SELECT PARTITION_NAME FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = 'shop' "
                + "AND TABLE_NAME = 'events' ORDER BY PARTITION_NAME")).containsExactly(List.of("p1"), List.of("p2"));
        assertThat(query("SHOW TABLES FROM shop")).containsExactly(List.of("events"), List.of("items"),
                List.of("orders"));
    }

    /** A missing target table created from the schema a DDL record carries matches the original. */
    @Test
    @Order(3)
    void createsAMissingTableFromTheRecordsSchema() throws SQLException {
        TableSchema orders = showCreate(new TableId("shop", "orders"));
        TableId copy = new TableId("shop", "orders_copy");
        ddl.createStatement().execute(new TableCreator().createTableSql(new TableSchema(copy, orders.columns(),
                orders.indexes(), orders.charset(), orders.collation(), orders.engine(), orders.comment())));
        TableSchema created = showCreate(copy);
        assertThat(created.columns()).isEqualTo(orders.columns());
        assertThat(created.indexes()).isEqualTo(orders.indexes());
        assertThat(created.collation()).isEqualTo(orders.collation());
    }

    /** A trigger raises TiDB's error numbers; Connector/J's real exception is classified. */
    @ParameterizedTest(name = "{0} {1}")
    @Order(4)
    @CsvSource(delimiter = '|', textBlock = """
            9007 | Write conflict, txnStartTS=1 is stale                          | false | RETRY
            8005 | Write conflict, txnStartTS is stale [try again later]          | false | RETRY
            1213 | Deadlock found when trying to get lock                         | false | RETRY
            9001 | PD server timeout                                              | true  | RETRY
            8027 | Information schema is out of date                              | false | RETRY
            1105 | Information schema is changed during the execution             | false | RETRY
            8004 | Transaction is too large, size: 104857600                      | false | SPLIT_AND_RETRY
            1406 | Data too long for column 'sku' at row 1                        | false | RECORD
            8025 | entry too large, the max entry size is 6291456                 | true  | RECORD
            9002 | TiKV server timeout                                            | false | RETRY_IF_IDEMPOTENT
            9002 | TiKV server timeout                                            | true  | RETRY
            9006 | GC life time is shorter than transaction duration              | false | FATAL
            1105 | runtime error: index out of range                              | true  | FATAL
            """)
    void classifiesTidbErrorsAsTheDriverRaisesThem(int errno, String message, boolean safeMode, ErrorClass expected)
            throws SQLException {
        ddl.createStatement().execute("CREATE TABLE IF NOT EXISTS shop.signals (id INT PRIMARY KEY, code INT, "
                + "msg VARCHAR(128))");
        if (query("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'signals_bi'")
                .equals(List.of(List.of("0")))) {
            ddl.createStatement().execute("CREATE TRIGGER shop.signals_bi BEFORE INSERT ON shop.signals FOR EACH ROW "
                    + "BEGIN DECLARE v_code INT DEFAULT 0; DECLARE v_msg VARCHAR(128) DEFAULT ''; "
                    + "SET v_code = NEW.code; SET v_msg = NEW.msg; "
                    + "IF v_code > 0 THEN SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = v_code, MESSAGE_TEXT = v_msg; "
                    + "END IF; END");
        }
        SQLException raised = insertFails("INSERT INTO shop.signals VALUES (" + IDS.incrementAndGet() + ", " + errno
                + ", '" + message.replace("'", "''") + "')");
        assertThat(raised.getErrorCode()).isEqualTo(errno);
        assertThat(classifier.classify(raised, Context.dml(safeMode)).errorClass()).isEqualTo(expected);
    }

    @Test
    @Order(5)
    void aRealDuplicateIsARowErrorAndFailsAUniqueKeyDdl() throws SQLException {
        ddl.createStatement().execute("INSERT INTO shop.orders (id, sku, quantity) VALUES (2, 'dup', 1)");
        SQLException duplicate = insertFails("INSERT INTO shop.orders (id, sku, quantity) VALUES (2, 'dup', 2)");
        assertThat(duplicate.getErrorCode()).isEqualTo(1062);
        assertThat(classifier.classify(duplicate, Context.dml(false)).errorClass()).isEqualTo(ErrorClass.RECORD);

        ddl.createStatement().execute("INSERT INTO shop.orders (id, sku, quantity) VALUES (3, 'dup', 2)");
        SQLException addUnique = insertFails("ALTER TABLE shop.orders ADD UNIQUE KEY uk_sku (sku)");
        assertThat(addUnique.getErrorCode()).isEqualTo(1062);
        assertThat(classifier.classify(addUnique, Context.ddl(true)).errorClass()).isEqualTo(ErrorClass.FATAL);
        SinkException failure = UnsupportedDdl.error("ALTER TABLE `shop_01`.`orders_07` ADD UNIQUE KEY uk_sku (sku)",
                List.of("ALTER TABLE `shop`.`orders` ADD UNIQUE KEY uk_sku (sku)"), addUnique, "mysql-bin.000001:4");
        assertThat(failure.code()).isEqualTo(ErrorCode.DDL_FAILED);
        assertThat(failure.getMessage()).contains("error 1062").contains("ddl.skip.statements=^ALTER TABLE");
    }

    /** DM's "Error 1059" (identifier too long) is one of the DDLs TiDB cannot run: DMC-SINK-2001. */
    @Test
    @Order(6)
    void anOverlongIdentifierIsAnUnsupportedDdl() {
        String record = "ALTER TABLE `shop_01`.`orders_07` ADD COLUMN " + "c".repeat(65) + " INT";
        DdlPlan.Execute plan = (DdlPlan.Execute) planner.plan(record, "shop_01", DdlReplayIT::route,
                UpstreamSession.at(EVENT_TIME));
        assertThatThrownBy(() -> run(record, plan)).isInstanceOfSatisfying(SinkException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_DDL);
            assertThat(e.getMessage()).contains("error 1059").contains("ran downstream as [ALTER TABLE `shop`.`orders`");
        });
    }

    /** A killed connection: the outcome of the write is unknown, so it is redone only idempotently. */
    @Test
    @Order(7)
    void aKilledConnectionIsRetriedOnlyWhenRedoingIsSafe() throws SQLException {
        try (Connection victim = connect(server.admin())) {
            String id;
            try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                id = rs.getString(1);
            }
            ddl.createStatement().execute("KILL CONNECTION " + id);
            SQLException lost = insertFails(victim, "INSERT INTO shop.orders (id, sku, quantity) VALUES (9, 'k', 1)");
            assertThat(classifier.classify(lost, Context.dml(false)).errorClass())
                    .as("%s %s %s", lost.getClass().getName(), lost.getSQLState(), lost.getErrorCode())
                    .isEqualTo(ErrorClass.RETRY_IF_IDEMPOTENT);
            assertThat(classifier.classify(lost, Context.dml(true)).errorClass()).isEqualTo(ErrorClass.RETRY);
            assertThat(classifier.classify(lost, Context.ddl(false)).errorClass())
                    .isEqualTo(ErrorClass.RETRY_IF_IDEMPOTENT);
        }
    }

    /** Runs a plan as the sink does: "already done" errors count as success; the codes seen come back. */
    private List<Integer> run(String record, DdlPlan.Execute plan) throws SQLException {
        List<Integer> ignored = new ArrayList<>();
        try (Statement s = ddl.createStatement()) {
            for (String sql : plan.statements()) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    if (classifier.classify(e, Context.ddl(plan.idempotent())).errorClass()
                            != ErrorClass.IGNORABLE_DDL) {
                        throw UnsupportedDdl.error(record, plan.ddls(), e, null);
                    }
                    ignored.add(e.getErrorCode());
                }
            }
        }
        return ignored;
    }

    /** What the source publishes: each upstream statement split and printed as DM rewrites it. */
    private static List<String> records(List<String> upstream) {
        DdlParser parser = new DdlParser(UPSTREAM);
        List<String> out = new ArrayList<>();
        for (String sql : upstream) {
            ParsedStatement parsed = parser.parse(sql, "shop_01");
            if (parsed instanceof ParsedStatement.Ddl d) {
                d.pieces().stream().map(SingleDdl::sql).forEach(out::add);
            } else {
                out.add(sql); // skipped statements and rows pass through as they are
            }
        }
        return out;
    }

    private static TableId route(TableId id) {
        if (!id.schema().equals("shop_01")) {
            return id;
        }
        return id.isSchemaOnly() ? TableId.schemaOnly("shop")
                : new TableId("shop", id.table().equals("orders_07") ? "orders" : id.table());
    }

    private static TableSchema showCreate(TableId table) throws SQLException {
        try (Statement s = ddl.createStatement(); ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table.quoted())) {
            rs.next();
            return new CreateTableParser(ServerFlavor.MARIADB_10_11).parse(rs.getString(2), table);
        }
    }

    private static SQLException insertFails(String sql) {
        return insertFails(ddl, sql);
    }

    private static SQLException insertFails(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected a failure from " + sql);
    }

    private static List<List<String>> query(String sql) throws SQLException {
        try (Statement s = ddl.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
