package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.Event;
import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.harness.Credentials;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import io.dmconnect.source.mysql.convert.CollationCharsets;
import io.dmconnect.source.mysql.convert.DecodedQueryEventData;
import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import io.dmconnect.source.mysql.convert.StatementText.Decoding;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.schema.CatalogSchemaTracker;
import io.dmconnect.source.mysql.schema.InMemorySchemaHistory;
import io.dmconnect.source.mysql.schema.StatementOutcome;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * QUERY events of a real MariaDB read with {@link BinlogDeserializers}: DDL sent by clients in latin1 and GBK
 * sessions, and in a session with {@code sql_mode='ANSI_QUOTES'}, decoded with the statement's charset and parsed
 * (by {@link CatalogSchemaTracker}) in its sql_mode. The server is the oracle: the tracked column names and defaults
 * must be those {@code information_schema} reports. The clients are MySQL Connector/J sessions with a
 * {@code characterEncoding}, so the statement bytes really are latin1 (cp1252) and GBK.
 */
class QueryEventDecodingIT {
    private static final String LATIN1_DDL =
            "CREATE TABLE l1 (c VARCHAR(10) DEFAULT 'é' COMMENT 'café €', d VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT 'ü€')";
    private static final String GBK_DDL =
            "CREATE TABLE g1 (c VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT '中文', e VARCHAR(10) CHARACTER SET gbk DEFAULT '汉字')";
    private static final String ANSI_DDL =
            "CREATE TABLE \"qd\".\"a q\" (\"x y\" INT NOT NULL PRIMARY KEY, c VARCHAR(5) DEFAULT 'it''s', "
                    + "\"d\"\"q\" VARCHAR(10) DEFAULT 'say \"hi\"')";
    private static final String TIME_ZONE_DML = "INSERT INTO qd.n VALUES (UNIX_TIMESTAMP('2020-01-01 00:00:00'))";

    private static MariaDbServer server;
    private static final List<DecodedQueryEventData> queries = new ArrayList<>();

    @BeforeAll
    static void writeAndReadTheBinlog() throws Exception {
        server = MariaDbServer.builder("query-decoding").baseDir(ItPaths.workDir()).serverId(41).start();
        List<String> position = server.query("SHOW MASTER STATUS").get(0);
        server.execute("CREATE DATABASE qd DEFAULT CHARSET utf8mb4");
        session("Cp1252", "USE qd", LATIN1_DDL);
        session("GBK", "USE qd", GBK_DDL);
        session("UTF-8", "SET sql_mode = 'ANSI_QUOTES'", ANSI_DDL);
        session("UTF-8", "CREATE TABLE qd.n (x BIGINT)", "SET SESSION binlog_format = 'STATEMENT'",
                "SET time_zone = '+05:30'", TIME_ZONE_DML);
        server.execute("CREATE TABLE qd.marker (id INT)");
        readBinlog(position.get(0), Long.parseLong(position.get(1)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A Connector/J session whose statements go out encoded in {@code javaEncoding} (it sets the same NAMES). */
    private static void session(String javaEncoding, String... statements) throws SQLException {
        Credentials admin = server.admin();
        String url = "jdbc:mysql://127.0.0.1:" + server.port() + "/?characterEncoding=" + javaEncoding
                + "&allowPublicKeyRetrieval=true&useSSL=false";
        try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void readBinlog(String file, long position) throws Exception {
        List<Event> events = BinlogEvents.readUntil(server, 6541, file, position, QueryEventDecodingIT::sawMarker, "the marker DDL arrived");
        events.stream().filter(e -> e.getData() instanceof DecodedQueryEventData)
                .forEach(e -> queries.add(e.getData()));
    }

    private static boolean sawMarker(Iterable<Event> events) {
        for (Event e : events) {
            if (e.getData() instanceof DecodedQueryEventData q && q.getSql().contains("qd.marker")) {
                return true;
            }
        }
        return false;
    }

    private static DecodedQueryEventData query(String sql) {
        return queries.stream().filter(q -> q.getSql().equals(sql)).findFirst()
                .orElseThrow(() -> new AssertionError("no QUERY event with " + sql + " among " + queries));
    }

    @Test
    void theTextIsDecodedWithTheStatementsCharset() {
        DecodedQueryEventData latin1 = query(LATIN1_DDL);
        assertThat(latin1.charset()).isEqualTo("latin1");
        assertThat(latin1.charsetIds().map(CharsetIds::client)).contains(8);
        assertThat(latin1.getDatabase()).isEqualTo("qd");
        DecodedQueryEventData gbk = query(GBK_DDL);
        assertThat(gbk.charset()).isEqualTo("gbk");
        assertThat(gbk.charsetIds().map(CharsetIds::client)).contains(28);
        assertThat(queries).allSatisfy(q -> assertThat(q.decoding()).isEqualTo(Decoding.CLIENT_CHARSET));
    }

    @Test
    void theSqlModeAndTimeZoneOfTheSessionAreRead() {
        assertThat(query(ANSI_DDL).sqlMode().ansiQuotes()).isTrue();
        assertThat(query(LATIN1_DDL).sqlMode().ansiQuotes()).isFalse();
        assertThat(query(TIME_ZONE_DML).timeZone()).contains("+05:30");
        assertThat(query(ANSI_DDL).timeZone()).isEmpty(); // the server writes it only when the statement used it
    }

    /** Every DDL through the tracker in its sql_mode: names and defaults as information_schema has them. */
    @Test
    void theTrackerParsesEachDdlInItsOwnSqlModeAndAgreesWithTheServer() {
        CatalogSchemaTracker tracker = new CatalogSchemaTracker(SchemaCatalog.EMPTY, Map.of(),
                new InMemorySchemaHistory(), ServerFlavor.MARIADB_10_11, Set.of());
        for (DecodedQueryEventData q : queries) {
            StatementOutcome outcome = tracker.apply(q.getSql(), q.getDatabase(), q.sqlMode(),
                    BinlogPosition.at("mysql-bin.000001", 4));
            assertThat(outcome).as(q.getSql()).isNotInstanceOf(StatementOutcome.Unparseable.class);
        }
        for (String table : List.of("l1", "g1", "a q")) {
            TableSchema tracked = tracker.get(new TableId("qd", table)).orElseThrow();
            List<List<String>> server = QueryEventDecodingIT.server.query("SELECT COLUMN_NAME, COLUMN_DEFAULT "
                    + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'qd' AND TABLE_NAME = '" + table
                    + "' ORDER BY ORDINAL_POSITION");
            assertThat(tracked.columns()).extracting(ColumnDef::name)
                    .containsExactlyElementsOf(server.stream().map(r -> r.get(0)).toList());
            assertThat(tracked.columns()).extracting(c -> quoted(c.defaultValue()))
                    .containsExactlyElementsOf(server.stream().map(r -> r.get(1)).toList());
        }
        assertThat(tracker.get(new TableId("qd", "l1")).orElseThrow().columns())
                .extracting(ColumnDef::defaultValue).containsExactly("é", "ü€");
        assertThat(tracker.get(new TableId("qd", "g1")).orElseThrow().columns())
                .extracting(ColumnDef::defaultValue).containsExactly("中文", "汉字");
        assertThat(tracker.get(new TableId("qd", "a q")).orElseThrow().columns())
                .extracting(ColumnDef::name).containsExactly("x y", "c", "d\"q");
    }

    /** The collation-id table against the server's own list: every id MariaDB has maps to its character set. */
    @Test
    void everyCollationIdOfTheServerMapsToItsCharset() {
        List<List<String>> ids = server.query("SELECT ID, CHARACTER_SET_NAME FROM "
                + "information_schema.COLLATION_CHARACTER_SET_APPLICABILITY WHERE ID IS NOT NULL");
        assertThat(ids).hasSizeGreaterThan(400);
        assertThat(ids).allSatisfy(row -> assertThat(CollationCharsets.charsetOf(Integer.parseInt(row.get(0))))
                .as("collation id " + row.get(0)).contains(row.get(1)));
    }

    /** information_schema's form of a literal default (MariaDB quotes it, doubling quotes); NULL stays null. */
    private static String quoted(String value) {
        return value == null ? null : "'" + value.replace("'", "''") + "'";
    }
}
