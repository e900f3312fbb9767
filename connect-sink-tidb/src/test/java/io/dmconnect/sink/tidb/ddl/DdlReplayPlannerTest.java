package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.shard.ShardMode;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import io.dmconnect.sink.tidb.session.Downstream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlReplayPlannerTest {
    private static final UpstreamSession NO_TIME = UpstreamSession.at(0);

    private static DdlPlan plan(ReplayOptions options, String statement) {
        return new DdlReplayPlanner(ServerFlavor.MARIADB_10_11, options)
                .plan(statement, "shop_01", Routes::shopMerge, NO_TIME);
    }

    private static String outcome(DdlPlan plan) {
        return plan instanceof DdlPlan.Skip s ? "SKIP " + s.reason()
                : String.join(" ; ", ((DdlPlan.Execute) plan).ddls());
    }

    /** Routing renames every table name in the statement; DM's IF [NOT] EXISTS rewrites stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE DATABASE shop_01                                   | CREATE DATABASE IF NOT EXISTS `shop`
            CREATE DATABASE IF NOT EXISTS shop_01 CHARACTER SET utf8mb4 | CREATE DATABASE IF NOT EXISTS `shop` CHARACTER SET utf8mb4
            DROP DATABASE shop_01                                     | DROP DATABASE IF EXISTS `shop`
            CREATE TABLE shop_01.orders_07 (id INT PRIMARY KEY)       | CREATE TABLE IF NOT EXISTS `shop`.`orders` (id INT PRIMARY KEY)
            CREATE TABLE orders_07 (id INT PRIMARY KEY)               | CREATE TABLE IF NOT EXISTS `shop`.`orders` (id INT PRIMARY KEY)
            ALTER TABLE orders_07 ADD COLUMN c INT                    | ALTER TABLE `shop`.`orders` ADD COLUMN c INT
            DROP TABLE shop_01.orders_07                              | DROP TABLE IF EXISTS `shop`.`orders`
            DROP INDEX i ON shop_01.orders_07                         | DROP INDEX IF EXISTS `i` ON `shop`.`orders`
            CREATE INDEX i ON shop_01.orders_07 (c)                   | CREATE INDEX i ON `shop`.`orders` (c)
            CREATE TABLE shop_01.t2 LIKE shop_01.orders_07            | CREATE TABLE IF NOT EXISTS `shop`.`t2` LIKE `shop`.`orders`
            CREATE TABLE items (id INT, oid INT, FOREIGN KEY (oid) REFERENCES orders_07 (id)) | CREATE TABLE IF NOT EXISTS `shop`.`items` (id INT, oid INT, FOREIGN KEY (oid) REFERENCES `shop`.`orders` (id))
            RENAME TABLE shop_01.orders_07 TO shop_01.orders_old      | RENAME TABLE `shop`.`orders` TO `shop`.`orders_old`
            ALTER TABLE orders_07 RENAME TO orders_08                 | ALTER TABLE `shop`.`orders` RENAME TO `shop`.`orders_08`
            TRUNCATE TABLE shop_01.orders_07                          | TRUNCATE TABLE `shop`.`orders`
            TRUNCATE TABLE other.t                                    | TRUNCATE TABLE `other`.`t`
            CREATE SEQUENCE shop_01.s START WITH 10                   | CREATE SEQUENCE IF NOT EXISTS `shop`.`s` START WITH 10
            DROP TABLE shop_01.a, shop_01.orders_07                   | DROP TABLE IF EXISTS `shop`.`a` ; DROP TABLE IF EXISTS `shop`.`orders`
            """)
    void routesTableNamesInsideTheStatement(String statement, String expected) {
        assertThat(outcome(plan(ReplayOptions.defaults(Downstream.TIDB), statement))).isEqualTo(expected);
    }

    /** DM's built-in skip list, non-DDL, and statements routing makes meaningless. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TRIGGER tr BEFORE INSERT ON orders_07 FOR EACH ROW SET NEW.c = 1 | SKIP trigger (DM built-in skip list)
            CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN END          | SKIP procedure (DM built-in skip list)
            CREATE FUNCTION f() RETURNS INT RETURN 1                    | SKIP function (DM built-in skip list)
            CREATE ALGORITHM=UNDEFINED DEFINER=`u`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1 | SKIP view (DM built-in skip list)
            CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1          | SKIP event (DM built-in skip list)
            CREATE TABLESPACE ts ADD DATAFILE 'ts.ibd'                  | SKIP tablespace (DM built-in skip list)
            GRANT SELECT ON *.* TO u                                    | SKIP account management (DM built-in skip list)
            FLUSH TABLES                                                | SKIP flush (DM built-in skip list)
            INSERT INTO orders_07 VALUES (1)                            | SKIP not a DDL (INSERT INTO)
            BEGIN                                                       | SKIP transaction control (BEGIN)
            ALTER TABLE orders_07                                       | SKIP the statement changes nothing
            RENAME TABLE shop_01.orders TO shop_01.orders_07            | SKIP routing renames shop.orders to itself: RENAME TABLE `shop_01`.`orders` TO `shop_01`.`orders_07`
            """)
    void skipsWhatDmSkips(String statement, String expected) {
        assertThat(outcome(plan(ReplayOptions.defaults(Downstream.TIDB), statement))).isEqualTo(expected);
    }

    /** DM's preFilter: in a shard mode a shard never drops or truncates the merged table. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PESSIMISTIC | DROP TABLE shop_01.orders_07     | SKIP a shard leaves its group in pessimistic shard mode; the merged table stays: DROP TABLE IF EXISTS `shop_01`.`orders_07`
            PESSIMISTIC | DROP DATABASE shop_01            | SKIP a shard leaves its group in pessimistic shard mode; the merged table stays: DROP DATABASE IF EXISTS `shop_01`
            PESSIMISTIC | TRUNCATE shop_01.orders_07       | SKIP TRUNCATE of a shard is ignored in pessimistic shard mode: TRUNCATE TABLE `shop_01`.`orders_07`
            PESSIMISTIC | RENAME TABLE shop_01.orders_07 TO shop_01.x | RENAME TABLE `shop`.`orders` TO `shop`.`x`
            PESSIMISTIC | CREATE DATABASE shop_01          | CREATE DATABASE IF NOT EXISTS `shop`
            OPTIMISTIC  | DROP TABLE shop_01.orders_07     | SKIP a shard leaves its group in optimistic shard mode; the merged table stays: DROP TABLE IF EXISTS `shop_01`.`orders_07`
            OPTIMISTIC  | TRUNCATE shop_01.orders_07       | SKIP TRUNCATE of a shard is ignored in optimistic shard mode: TRUNCATE TABLE `shop_01`.`orders_07`
            OPTIMISTIC  | ALTER TABLE shop_01.orders_07 ADD COLUMN c INT | ALTER TABLE `shop`.`orders` ADD COLUMN c INT
            NONE        | DROP TABLE shop_01.orders_07     | DROP TABLE IF EXISTS `shop`.`orders`
            NONE        | TRUNCATE shop_01.orders_07       | TRUNCATE TABLE `shop`.`orders`
            """)
    void shardModesKeepTheMergedTable(ShardMode mode, String statement, String expected) {
        assertThat(outcome(plan(ReplayOptions.defaults(Downstream.TIDB).withShardMode(mode), statement)))
                .isEqualTo(expected);
    }

    /** What each downstream's syntax accepts. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MYSQL   | DROP INDEX i ON orders_07                        | DROP INDEX `i` ON `shop`.`orders`
            MYSQL   | CREATE INDEX IF NOT EXISTS i ON orders_07 (c)    | CREATE INDEX i ON `shop`.`orders` (c)
            MYSQL   | ALTER TABLE orders_07 ADD COLUMN IF NOT EXISTS c INT | ALTER TABLE `shop`.`orders` ADD COLUMN c INT
            MYSQL   | ALTER TABLE orders_07 DROP COLUMN IF EXISTS c    | ALTER TABLE `shop`.`orders` DROP COLUMN c
            MYSQL   | ALTER TABLE orders_07 ADD CHECK (c > 0 OR NOT EXISTS (SELECT 1)) | ALTER TABLE `shop`.`orders` ADD CHECK (c > 0 OR NOT EXISTS (SELECT 1))
            MYSQL   | CREATE TABLE orders_07 (id INT)                  | CREATE TABLE IF NOT EXISTS `shop`.`orders` (id INT)
            MYSQL   | DROP TABLE orders_07                             | DROP TABLE IF EXISTS `shop`.`orders`
            MYSQL   | CREATE SEQUENCE s                                | SKIP MySQL has no sequences: CREATE SEQUENCE IF NOT EXISTS `shop_01`.`s`
            MARIADB | DROP INDEX i ON orders_07                        | DROP INDEX IF EXISTS `i` ON `shop`.`orders`
            MARIADB | ALTER TABLE orders_07 ADD COLUMN IF NOT EXISTS c INT | ALTER TABLE `shop`.`orders` ADD COLUMN IF NOT EXISTS c INT
            TIDB    | ALTER TABLE orders_07 ADD COLUMN IF NOT EXISTS c INT | ALTER TABLE `shop`.`orders` ADD COLUMN IF NOT EXISTS c INT
            """)
    void adaptsToTheDownstreamSyntax(Downstream downstream, String statement, String expected) {
        assertThat(outcome(plan(ReplayOptions.defaults(downstream), statement))).isEqualTo(expected);
    }

    /** DM's syncDDL wrapper: timestamp and time zone of the upstream event around the DDL. */
    @ParameterizedTest(name = "ts={0} tz={1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1700000000 | +08:00 | null   | null   | SET TIMESTAMP = 1700000000 ; SET SESSION TIME_ZONE = '+08:00' ; DDL ; SET SESSION TIME_ZONE = DEFAULT ; SET TIMESTAMP = DEFAULT
            1700000000 | null   | null   | null   | SET TIMESTAMP = 1700000000 ; DDL ; SET TIMESTAMP = DEFAULT
            0          | UTC    | null   | null   | SET SESSION TIME_ZONE = 'UTC' ; DDL ; SET SESSION TIME_ZONE = DEFAULT
            0          | null   | null   | null   | DDL
            5          | SYSTEM | +02:00 | null   | SET TIMESTAMP = 5 ; SET SESSION TIME_ZONE = '+02:00' ; DDL ; SET SESSION TIME_ZONE = DEFAULT ; SET TIMESTAMP = DEFAULT
            5          | SYSTEM | null   | null   | SET TIMESTAMP = 5 ; DDL ; SET TIMESTAMP = DEFAULT
            5          | -03:00 | null   | +00:00 | SET TIMESTAMP = 5 ; SET SESSION TIME_ZONE = '-03:00' ; DDL ; SET SESSION TIME_ZONE = '+00:00' ; SET TIMESTAMP = DEFAULT
            5          | it's   | null   | null   | SET TIMESTAMP = 5 ; SET SESSION TIME_ZONE = 'it''s' ; DDL ; SET SESSION TIME_ZONE = DEFAULT ; SET TIMESTAMP = DEFAULT
            """)
    void wrapsTheDdlInTheUpstreamSessionsTimeAndZone(long ts, String zone, String upstreamSystem, String sessionZone,
                                                     String expected) {
        ReplayOptions options = ReplayOptions.defaults(Downstream.TIDB).withTimeZones(sessionZone, upstreamSystem);
        DdlPlan plan = new DdlReplayPlanner(ServerFlavor.MARIADB_10_11, options)
                .plan("ALTER TABLE orders_07 ADD COLUMN c INT", "shop_01", Routes::shopMerge,
                        new UpstreamSession(ts, zone, null));
        String ddl = "ALTER TABLE `shop`.`orders` ADD COLUMN c INT";
        assertThat(((DdlPlan.Execute) plan).statements()).containsExactly(expected.replace("DDL", ddl).split(" ; "));
    }

    @Test
    void theWrapperSurroundsEveryPieceOfTheStatement() {
        DdlPlan.Execute plan = (DdlPlan.Execute) new DdlReplayPlanner(ServerFlavor.MARIADB_10_11,
                ReplayOptions.defaults(Downstream.TIDB)).plan("DROP TABLE a, b", "shop_01", Routes::shopMerge,
                UpstreamSession.at(9));
        assertThat(plan.statements()).containsExactly("SET TIMESTAMP = 9", "DROP TABLE IF EXISTS `shop`.`a`",
                "DROP TABLE IF EXISTS `shop`.`b`", "SET TIMESTAMP = DEFAULT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE TABLE orders_07 (id INT PRIMARY KEY)       | true
            ALTER TABLE orders_07 ADD COLUMN c INT             | true
            ALTER TABLE orders_07 ADD INDEX i (c)              | true
            ALTER TABLE orders_07 ADD INDEX (c)                | false
            RENAME TABLE orders_07 TO x                        | false
            DROP TABLE a, orders_07                            | true
            """)
    void marksWhetherTheDdlMayRunTwice(String statement, boolean idempotent) {
        assertThat(((DdlPlan.Execute) plan(ReplayOptions.defaults(Downstream.TIDB), statement)).idempotent())
                .isEqualTo(idempotent);
    }

    /** Statements DM refuses, with the code and a hint how to skip them. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE       | false | CREATE TABLE x SELECT * FROM orders_07                         | CREATE_TABLE_SELECT       | ddl.skip.statements=^CREATE TABLE x SELECT \\* FROM orders_07
            OPTIMISTIC | false | RENAME TABLE orders_07 TO x                                     | RENAME_IN_OPTIMISTIC_MODE | ddl.skip.statements=^RENAME TABLE orders_07 TO x
            NONE       | true  | CREATE TABLE c (id INT, FOREIGN KEY (id) REFERENCES orders_07 (id)) | FOREIGN_KEY_DDL      | ddl.skip.statements=^CREATE TABLE c
            NONE       | true  | ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (id) REFERENCES orders_07 (id) | FOREIGN_KEY_DDL | ddl.skip.statements=^ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY
            NONE       | false | ALTER TABLE orders_07 FROBNICATE                                | UNPARSEABLE_DDL           | ddl.skip.statements=^ALTER TABLE orders_07 FROBNICATE
            """)
    void refusesWhatDmRefuses(ShardMode mode, boolean fkChecks, String statement, ErrorCode code, String hint) {
        ReplayOptions options = ReplayOptions.defaults(Downstream.TIDB).withShardMode(mode).withForeignKeyChecks(fkChecks);
        assertThatThrownBy(() -> plan(options, statement)).isInstanceOfSatisfying(SinkException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(code.code()).contains("[" + statement + "]").contains(hint)
                    .contains("make the change downstream by hand");
        });
    }

    @Test
    void foreignKeyChecksOnlyRefuseForeignKeys() {
        ReplayOptions options = ReplayOptions.defaults(Downstream.TIDB).withForeignKeyChecks(true);
        assertThat(outcome(plan(options, "CREATE TABLE c (id INT)"))).isEqualTo(
                "CREATE TABLE IF NOT EXISTS `shop`.`c` (id INT)");
    }

    @Test
    void strictModeWritesCollationsOutAndLooseDoesNot() {
        String statement = "CREATE TABLE orders_07 (sku VARCHAR(8) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4";
        assertThat(outcome(plan(ReplayOptions.defaults(Downstream.TIDB), statement))).isEqualTo(
                "CREATE TABLE IF NOT EXISTS `shop`.`orders` (sku VARCHAR(8) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4");
        assertThat(outcome(plan(ReplayOptions.defaults(Downstream.TIDB).withCollation(CollationMode.STRICT),
                statement))).isEqualTo("CREATE TABLE IF NOT EXISTS `shop`.`orders` (sku VARCHAR(8) CHARACTER SET "
                + "latin1 COLLATE latin1_swedish_ci) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
        DdlPlan db = new DdlReplayPlanner(ServerFlavor.MARIADB_10_11,
                ReplayOptions.defaults(Downstream.TIDB).withCollation(CollationMode.STRICT))
                .plan("CREATE DATABASE shop_01", "", Routes::shopMerge, new UpstreamSession(0, null, "utf8mb4_bin"));
        assertThat(outcome(db)).isEqualTo("CREATE DATABASE IF NOT EXISTS `shop` COLLATE utf8mb4_bin");
    }

    @Test
    void executeAndSkipCopyTheirLists() {
        List<String> ddls = new java.util.ArrayList<>(List.of("X"));
        DdlPlan.Execute e = new DdlPlan.Execute(ddls, ddls, true);
        ddls.add("Y");
        assertThat(e.statements()).containsExactly("X");
        assertThatThrownBy(() -> new DdlPlan.Skip(null)).isInstanceOf(NullPointerException.class);
    }
}
