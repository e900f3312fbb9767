package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import io.dmconnect.common.TableId;
import io.dmconnect.common.record.ColumnKind;
import io.dmconnect.common.record.ConversionOptions;
import io.dmconnect.common.record.SchemaNames;
import io.dmconnect.common.record.TemporalValues;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.harness.MariaDbServer;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import io.dmconnect.source.mysql.convert.JdbcCells;
import io.dmconnect.source.mysql.convert.RowConverter;
import io.dmconnect.source.mysql.snapshot.Chunk;
import io.dmconnect.source.mysql.snapshot.ChunkQueries;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every MySQL/MariaDB type through a real MariaDB binlog, {@link BinlogDeserializers} and {@link RowConverter}.
 * The oracle is the server itself: each converted value, rendered back as MySQL text, must equal what a SELECT of
 * the same row returns; edge values are also asserted literally. The server runs in time zone +05:30 and some rows
 * are written with session time zones -03:00 and +00:00, to show that neither moves a TIMESTAMP or a DATETIME.
 */
class TypeMappingIT {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final Pattern AVRO_FULL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final String DEC_MAX = "99999999999999999999999999999999999.999999999999999999999999999999";

    private static MariaDbServer server;
    /** Per table: converted (before, after) images in binlog order; inserts have no before, deletes no after. */
    private static final Map<String, List<Struct[]>> changes = new LinkedHashMap<>();
    /** Per table and id: the server's text of every column after the inserts, and at the end. */
    private static final Map<String, Map<String, List<String>>> afterInsert = new LinkedHashMap<>();
    private static final Map<String, Map<String, List<String>>> atEnd = new LinkedHashMap<>();
    private static final Map<String, TableSchema> tables = new LinkedHashMap<>();
    private static final Map<String, RowConverter> converters = new LinkedHashMap<>();

    @BeforeAll
    static void writeAndReadTheBinlog() throws Exception {
        server = MariaDbServer.builder("types").baseDir(ItPaths.workDir()).serverId(31)
                .arg("--default-time-zone=+05:30").start();
        defineTables();
        List<String> position = server.query("SHOW MASTER STATUS").get(0);
        try (Connection c = server.connect(server.admin()); Statement s = c.createStatement()) {
            s.execute("SET sql_mode = 'ALLOW_INVALID_DATES', time_zone = '+00:00'");
            insertRows(s);
            snapshot(c, afterInsert);
            s.execute("UPDATE tm.nums SET biu = 1, dc = -dc WHERE id = 2");
            s.execute("UPDATE tm.times SET t = '-00:00:00.5', d = '2020-02-00' WHERE id = 3");
            s.execute("UPDATE tm.docs SET id = 7, note = 'moved' WHERE id = 1");
            s.execute("DELETE FROM tm.texts WHERE id = 1");
            s.execute("DELETE FROM tm.`odd-table$1` WHERE a = 1");
            snapshot(c, atEnd);
            s.execute("CREATE TABLE tm.marker (id INT PRIMARY KEY)");
            s.execute("INSERT INTO tm.marker VALUES (1)");
        }
        readBinlog(position.get(0), Long.parseLong(position.get(1)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------ the tables

    private static void defineTables() {
        table("nums", "id INT NOT NULL PRIMARY KEY, ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, "
                + "siu SMALLINT UNSIGNED, mi MEDIUMINT, miu MEDIUMINT UNSIGNED, i INT, iu INT UNSIGNED, bi BIGINT, "
                + "biu BIGINT UNSIGNED, dc DECIMAL(65,30), d52 DECIMAL(5,2), d0 DECIMAL(20,0) UNSIGNED, f FLOAT, "
                + "db DOUBLE, b1 BIT(1), b10 BIT(10), b64 BIT(64), bo BOOLEAN", "PRIMARY(id)");
        table("times", "id INT NOT NULL PRIMARY KEY, d DATE, dt DATETIME(6), dt0 DATETIME, dt3 DATETIME(3), "
                + "ts TIMESTAMP(6) NULL, ts0 TIMESTAMP NULL, t TIME(6), t0 TIME, t2 TIME(2), y YEAR", "PRIMARY(id)");
        table("texts", "id INT NOT NULL PRIMARY KEY, cl VARCHAR(20) CHARACTER SET latin1, "
                + "c3 CHAR(10) CHARACTER SET utf8mb3, c4 VARCHAR(20) CHARACTER SET utf8mb4, "
                + "cg VARCHAR(20) CHARACTER SET gbk, tx TEXT CHARACTER SET utf8mb4, lt LONGTEXT CHARACTER SET latin1, "
                + "cb VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, bn BINARY(4), vb VARBINARY(10), bl BLOB, "
                + "e ENUM('a','b','c,d'), s SET('x','y','z'), en ENUM('small','large') NOT NULL", "PRIMARY(id)");
        table("docs", "id INT NOT NULL PRIMARY KEY, j JSON, g GEOMETRY, p POINT, pg POLYGON, "
                + "gv BIGINT AS (id * 10) VIRTUAL, gs VARCHAR(30) AS (CONCAT('#', id)) STORED, note VARCHAR(10)",
                "PRIMARY(id)");
        table("odd-table$1", "a INT NOT NULL, `b-b` VARCHAR(5), c INT NOT NULL, `1st` INT, "
                + "UNIQUE KEY uk_b (`b-b`), UNIQUE KEY uk_ac (a, c)", "UNIQUE(b-b),UNIQUE(a,c)");
    }

    /** Creates the table and builds its tracked schema by hand from information_schema (the DDL parser is elsewhere). */
    private static void table(String name, String definition, String keys) {
        server.execute("CREATE DATABASE IF NOT EXISTS tm", "CREATE TABLE tm.`" + name + "` (" + definition
                + ") DEFAULT CHARSET=utf8mb4");
        List<ColumnDef> columns = new ArrayList<>();
        for (List<String> c : server.query("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, "
                + "NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, CHARACTER_SET_NAME, "
                + "COLLATION_NAME, IS_GENERATED FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'tm' "
                + "AND TABLE_NAME = '" + name + "' ORDER BY ORDINAL_POSITION")) {
            String type = c.get(1);
            boolean temporal = type.equals("datetime") || type.equals("timestamp") || type.equals("time");
            Integer length = type.equals("bit") ? Integer.valueOf(c.get(4)) : integer(c.get(3));
            Integer precision = temporal ? integer(c.get(6)) : type.equals("decimal") ? integer(c.get(4)) : null;
            String dataType = c.get(10).equals("NEVER") && c.get(2).startsWith("longtext") && name.equals("docs")
                    ? "json" : type; // MariaDB reports JSON as LONGTEXT; the DDL parser sees JSON
            columns.add(new ColumnDef(c.get(0), dataType, c.get(2), length, precision,
                    type.equals("decimal") ? integer(c.get(5)) : null, c.get(2).contains("unsigned"),
                    c.get(7).equals("YES"), null, false, false, c.get(8), c.get(9), elements(c.get(2)),
                    !c.get(10).equals("NEVER")));
        }
        List<IndexDef> indexes = new ArrayList<>();
        Matcher m = Pattern.compile("(PRIMARY|UNIQUE)\\(([^)]*)\\)").matcher(keys);
        while (m.find()) {
            indexes.add(new IndexDef(m.group(1).equals("PRIMARY") ? "PRIMARY" : "uk" + indexes.size(),
                    IndexDef.Kind.valueOf(m.group(1)), List.of(m.group(2).split(","))));
        }
        TableSchema schema = new TableSchema(new TableId("tm", name), columns, indexes, "utf8mb4", null, null, null);
        tables.put(name, schema);
        String base = SchemaNames.adjust("up-1") + "." + SchemaNames.part("tm") + "." + SchemaNames.part(name);
        converters.put(name, new RowConverter(schema, base + ".Value", base + ".Key", ConversionOptions.DEFAULTS));
    }

    private static void insertRows(Statement s) throws SQLException {
        s.execute("INSERT INTO tm.nums VALUES (1, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, "
                + "-9223372036854775808, 0, -" + DEC_MAX + ", -999.99, 0, -3.40282e38, -1.7976931348623157e308, "
                + "b'0', b'0', b'0', false)");
        s.execute("INSERT INTO tm.nums VALUES (2, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295, "
                + "9223372036854775807, 18446744073709551615, " + DEC_MAX + ", 999.99, 99999999999999999999, "
                + "3.40282e38, 1.7976931348623157e308, b'1', b'1000000001', "
                + "b'1111111111111111111111111111111111111111111111111111111111111111', true)");
        s.execute("INSERT INTO tm.nums VALUES (3, -1, 1, -1, 1, -1, 1, -1, 1, -1, 9223372036854775808, "
                + "-0.000000000000000000000000000001, 0.5, 1, 0.1, 1e-300, NULL, b'0000000001', b'1', 5)");
        s.execute("INSERT INTO tm.nums (id) VALUES (4)");
        s.execute("INSERT INTO tm.times VALUES (1, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', "
                + "'0000-00-00 00:00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '-838:59:59.000000', "
                + "'-838:59:59', '-00:00:00.01', 0)");
        s.execute("INSERT INTO tm.times VALUES (2, '9999-12-31', '9999-12-31 23:59:59.999999', '1000-01-01 00:00:00', "
                + "'1000-01-01 00:00:00.001', '2038-01-19 03:14:07.999999', '1970-01-01 00:00:01', "
                + "'838:59:59.999999', '838:59:59', '-01:02:03.25', 2155)");
        s.execute("SET time_zone = '-03:00'"); // a TIMESTAMP literal means that zone's wall clock; DATETIME ignores it
        s.execute("INSERT INTO tm.times VALUES (3, '2020-00-15', '2020-02-31 10:11:12.5', '2020-00-00 10:00:00', "
                + "'2024-02-29 23:59:59.999', '2000-01-01 00:00:00', '2000-01-01 00:00:00.9', '00:00:00.000001', "
                + "'-00:00:01', '100:00:00', 1901)");
        s.execute("SET time_zone = '+00:00'");
        s.execute("INSERT INTO tm.times (id) VALUES (4)");
        s.execute("INSERT INTO tm.texts VALUES (1, '€\u0081ÿ\u008d', 'äß€', '😀𝄞x', '中文汉字', 'Grüße, 世界 😀', "
                + "'Ünïcödé', 'CaseSensitive', x'0100', x'00FF00', x'', 'c,d', '', 'small')");
        s.execute("INSERT INTO tm.texts VALUES (2, 'plain', 'ab   ', '', 'abc', '', '', 'x', x'01020304', x'', x'00', "
                + "'zz', 'x,z', 'large')"); // 'zz' is no element: non-strict mode stores index 0, ''
        s.execute("INSERT INTO tm.texts (id, en) VALUES (3, 'small')");
        s.execute("INSERT INTO tm.docs (id, j, g, p, pg) VALUES (1, '{\"a\": 1, \"b\": [true, null, \"ü😀\"]}', "
                + "ST_GeomFromText('LINESTRING(0 0,1 1)', 4326), POINT(1.5, -2), "
                + "ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))'))");
        s.execute("INSERT INTO tm.docs (id, j, g, p) VALUES (2, '[]', ST_GeomFromText("
                + "'GEOMETRYCOLLECTION(POINT(1 1),LINESTRING(0 0,2 2))'), ST_GeomFromText('POINT(10 20)', 3857))");
        s.execute("INSERT INTO tm.docs (id, j) VALUES (3, '\"str\"'), (4, '42'), (5, 'null')");
        s.execute("INSERT INTO tm.docs (id) VALUES (6)");
        s.execute("INSERT INTO tm.`odd-table$1` VALUES (1, 'x', 2, 3), (4, NULL, 5, NULL)");
    }

    // ------------------------------------------------------------------ the oracle: the server's own text

    /** How a column's value reads as MySQL text: a SELECT expression, and the same text from the Connect value. */
    private record Check(String sql, Function<Object, String> render, Function<String, String> fromSql) {
        Check(String sql, Function<Object, String> render) {
            this(sql, render, Function.identity());
        }
    }

    private static Check check(ColumnDef c) {
        String q = "`" + c.name() + "`";
        int fsp = c.precision() == null ? 0 : c.precision();
        return switch (ColumnKind.of(c)) {
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> new Check("CAST(" + q + " AS CHAR)",
                    v -> v instanceof BigDecimal b ? b.toPlainString() : v.toString());
            case DECIMAL -> new Check("CAST(" + q + " AS CHAR)", v -> ((BigDecimal) v).toPlainString());
            case FLOAT -> new Check("CAST(CAST(" + q + " AS DOUBLE) AS CHAR)", Object::toString,
                    sql -> String.valueOf((float) Double.parseDouble(sql)));
            case DOUBLE -> new Check("CAST(" + q + " AS CHAR)", Object::toString,
                    sql -> String.valueOf(Double.parseDouble(sql)));
            case BIT -> new Check("CAST(" + q + " + 0 AS CHAR)", TypeMappingIT::bits);
            case DATE -> new Check("CAST(" + q + " AS CHAR)", v -> TemporalValues.dateLiteral((Integer) v));
            case DATETIME -> new Check("CAST(" + q + " AS CHAR)", v -> TemporalValues.dateTimeLiteral((Long) v, fsp));
            case TIMESTAMP -> new Check("CAST(" + q + " AS CHAR)",
                    v -> TemporalValues.timestampLiteral((String) v, ZoneOffset.UTC, fsp));
            case TIME -> new Check("CAST(" + q + " AS CHAR)", v -> TemporalValues.timeLiteral((Long) v, fsp));
            case YEAR -> new Check("CAST(" + q + " AS CHAR)", v -> String.format("%04d", (Integer) v));
            case TEXT, ENUM, SET, JSON -> new Check(q, Object::toString);
            case FIXED_BINARY, BYTES -> new Check("HEX(" + q + ")", v -> HEX.formatHex((byte[]) v));
            case GEOMETRY, POINT -> new Check("CONCAT(ST_SRID(" + q + "), ':', HEX(ST_AsBinary(" + q + ")))",
                    v -> ((Struct) v).get("srid") + ":" + HEX.formatHex((byte[]) ((Struct) v).get("wkb")));
        };
    }

    /** The server's text of every column, by the first column's value, for every table (session zone +00:00). */
    private static void snapshot(Connection c, Map<String, Map<String, List<String>>> into) throws SQLException {
        for (Map.Entry<String, TableSchema> t : tables.entrySet()) {
            List<Check> checks = t.getValue().columns().stream().map(TypeMappingIT::check).toList();
            List<String> exprs = checks.stream().map(Check::sql).toList();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", exprs)
                    + " FROM tm.`" + t.getKey() + "`")) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= exprs.size(); i++) {
                        String text = rs.getString(i);
                        row.add(text == null ? null : checks.get(i - 1).fromSql().apply(text));
                    }
                    rows.put(row.get(0), row);
                }
            }
            into.put(t.getKey(), rows);
        }
    }

    private static List<String> rendered(String table, Struct value) {
        List<String> row = new ArrayList<>();
        List<ColumnDef> columns = tables.get(table).columns();
        for (int i = 0; i < columns.size(); i++) {
            Object v = value.get(value.schema().fields().get(i));
            row.add(v == null ? null : check(columns.get(i)).render().apply(v));
        }
        return row;
    }

    private static String bits(Object v) {
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        byte[] le = (byte[]) v;
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be).toString();
    }

    // ------------------------------------------------------------------ reading the binlog

    private static void readBinlog(String file, long position) throws Exception {
        List<Event> events = BinlogEvents.readUntil(server, 6531, file, position, TypeMappingIT::sawMarker, "the marker row arrived");
        convert(events);
    }

    private static boolean sawMarker(Iterable<Event> events) {
        for (Event e : events) {
            if (e.getData() instanceof TableMapEventData t && t.getTable().equals("marker")) {
                return true;
            }
        }
        return false;
    }

    private static void convert(Iterable<Event> events) {
        Map<Long, String> tableIds = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.getData() instanceof TableMapEventData t) {
                tableIds.put(t.getTableId(), t.getTable());
            } else if (e.getData() instanceof WriteRowsEventData w && converters.containsKey(tableIds.get(w.getTableId()))) {
                String t = tableIds.get(w.getTableId());
                w.getRows().forEach(r -> add(t, null, struct(t, r, w.getIncludedColumns())));
            } else if (e.getData() instanceof UpdateRowsEventData u && converters.containsKey(tableIds.get(u.getTableId()))) {
                String t = tableIds.get(u.getTableId());
                u.getRows().forEach(r -> add(t, struct(t, r.getKey(), u.getIncludedColumnsBeforeUpdate()),
                        struct(t, r.getValue(), u.getIncludedColumns())));
            } else if (e.getData() instanceof DeleteRowsEventData d && converters.containsKey(tableIds.get(d.getTableId()))) {
                String t = tableIds.get(d.getTableId());
                d.getRows().forEach(r -> add(t, struct(t, r, d.getIncludedColumns()), null));
            }
        }
    }

    private static Struct struct(String table, Serializable[] row, BitSet included) {
        return converters.get(table).toStruct(row, included);
    }

    private static void add(String table, Struct before, Struct after) {
        changes.computeIfAbsent(table, t -> new ArrayList<>()).add(new Struct[] {before, after});
    }

    private static Map<String, Struct> inserted(String table) {
        Map<String, Struct> rows = new LinkedHashMap<>();
        changes.get(table).stream().filter(c -> c[0] == null).forEach(c -> rows.put(String.valueOf(c[1].get(
                c[1].schema().fields().get(0))), c[1]));
        return rows;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void everyInsertedValueReadsBackAsTheServerPrintsIt() {
        for (String table : tables.keySet()) {
            Map<String, Struct> rows = inserted(table);
            assertThat(rows.keySet()).as(table).containsExactlyInAnyOrderElementsOf(afterInsert.get(table).keySet());
            rows.forEach((id, value) -> assertThat(rendered(table, value)).as(table + " row " + id)
                    .isEqualTo(afterInsert.get(table).get(id)));
        }
    }

    @Test
    void updatesAndDeletesCarryExactBeforeAndAfterImages() {
        for (String table : List.of("nums", "times", "docs", "texts", "odd-table$1")) {
            List<Struct[]> rowChanges = changes.get(table).stream().filter(c -> c[0] != null).toList();
            assertThat(rowChanges).as(table).hasSize(1);
            Struct[] change = rowChanges.get(0);
            String id = String.valueOf(change[0].get(change[0].schema().fields().get(0)));
            assertThat(change[0]).as(table + " before").isEqualTo(inserted(table).get(id));
            if (change[1] != null) {
                String newId = String.valueOf(change[1].get(change[1].schema().fields().get(0)));
                assertThat(rendered(table, change[1])).as(table + " after").isEqualTo(atEnd.get(table).get(newId));
            } else {
                assertThat(atEnd.get(table)).as(table + " deleted").doesNotContainKey(id);
            }
        }
        Struct[] docs = changes.get("docs").stream().filter(c -> c[0] != null).findFirst().orElseThrow();
        assertThat(docs[1].get("gv")).as("virtual column, recomputed").isEqualTo(70L);
        assertThat(converters.get("docs").toKey(docs[0]).get("id")).isEqualTo(1);
        assertThat(converters.get("docs").toKey(docs[1]).get("id")).isEqualTo(7);
    }

    @Test
    void edgeValuesAreExact() {
        Struct min = inserted("nums").get("1");
        Struct max = inserted("nums").get("2");
        assertThat(max.get("biu")).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(max.get("iu")).isEqualTo(4294967295L);
        assertThat(max.get("tiu")).isEqualTo((short) 255);
        assertThat(max.get("dc")).isEqualTo(new BigDecimal(DEC_MAX));
        assertThat(min.get("dc")).isEqualTo(new BigDecimal("-" + DEC_MAX));
        assertThat(max.get("f")).isEqualTo(3.40282e38f);
        assertThat(max.get("db")).isEqualTo(Double.MAX_VALUE);
        assertThat((byte[]) max.get("b64")).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1);
        assertThat(max.get("b1")).isEqualTo(true);
        Struct zero = inserted("times").get("1");
        Struct invalid = inserted("times").get("3");
        assertThat(zero.get("d")).isEqualTo(TemporalValues.DATE_SENTINEL_BASE);
        assertThat(zero.get("dt")).isEqualTo(TemporalValues.DATETIME_SENTINEL_BASE);
        assertThat(zero.get("ts")).isEqualTo(TemporalValues.ZERO_TIMESTAMP);
        assertThat(zero.get("t")).isEqualTo(-3_020_399_000_000L);
        assertThat(zero.get("y")).isEqualTo(0);
        assertThat(TemporalValues.dateLiteral((Integer) invalid.get("d"))).isEqualTo("2020-00-15");
        assertThat(invalid.get("ts")).as("written at -03:00").isEqualTo("2000-01-01T03:00:00.000000Z");
        assertThat(invalid.get("ts0")).as("MariaDB truncates .9 for TIMESTAMP(0)").isEqualTo("2000-01-01T03:00:00Z");
        assertThat(TemporalValues.dateTimeLiteral((Long) invalid.get("dt"), 6)).as("DATETIME ignores time_zone")
                .isEqualTo("2020-02-31 10:11:12.500000");
        assertThat(inserted("times").get("2").get("t")).isEqualTo(3_020_399_999_999L);
        Struct text = inserted("texts").get("1");
        assertThat(text.get("cl")).isEqualTo("€\u0081ÿ\u008d");
        assertThat(text.get("c4")).isEqualTo("😀𝄞x");
        assertThat(text.get("cg")).isEqualTo("中文汉字");
        assertThat((byte[]) text.get("bn")).containsExactly(1, 0, 0, 0);
        assertThat(text.get("e")).isEqualTo("c,d");
        assertThat(inserted("texts").get("2").get("e")).isEqualTo("");
        assertThat(inserted("texts").get("2").get("c3")).isEqualTo("ab");
        Struct doc = inserted("docs").get("1");
        assertThat(doc.get("j")).isEqualTo("{\"a\": 1, \"b\": [true, null, \"ü😀\"]}");
        assertThat(doc.getStruct("g").get("srid")).isEqualTo(4326);
        assertThat(doc.getStruct("p").get("x")).isEqualTo(1.5);
        assertThat(doc.getStruct("p").get("y")).isEqualTo(-2.0);
        assertThat(doc.get("gv")).as("MariaDB logs virtual columns").isEqualTo(10L);
        assertThat(doc.get("gs")).isEqualTo("#1");
        assertThat(inserted("docs").get("2").getStruct("p").get("srid")).isEqualTo(3857);
    }

    /** A snapshot read of every row (JdbcCells, the chunk SQL) gives the struct of its last binlog image. */
    @Test
    void aSnapshotReadOfEveryRowEqualsItsLastBinlogImage() throws SQLException {
        try (Connection c = server.connect(server.admin()); Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            for (Map.Entry<String, TableSchema> t : tables.entrySet()) {
                Map<Object, Struct> last = new LinkedHashMap<>();
                for (Struct[] change : changes.get(t.getKey())) {
                    if (change[0] != null) {
                        last.remove(change[0].get(change[0].schema().fields().get(0)));
                    }
                    if (change[1] != null) {
                        last.put(change[1].get(change[1].schema().fields().get(0)), change[1]);
                    }
                }
                String sql = new ChunkQueries(t.getValue(), true).chunk(new Chunk(t.getValue().id(), 0, 0, null, null));
                Map<Object, Struct> read = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        Serializable[] cells = new Serializable[t.getValue().columns().size()];
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = JdbcCells.read(rs, i + 1, t.getValue().columns().get(i), true);
                        }
                        BitSet all = new BitSet();
                        all.set(0, cells.length);
                        Struct row = converters.get(t.getKey()).toStruct(cells, all);
                        read.put(row.get(row.schema().fields().get(0)), row);
                    }
                }
                assertThat(read).as(t.getKey()).isEqualTo(last);
            }
        }
    }

    @Test
    void keysFollowDmsRowIdentity() {
        RowConverter odd = converters.get("odd-table$1");
        assertThat(odd.keySchema().fields()).extracting(Field::name).containsExactly("a", "c");
        assertThat(odd.valueSchema().fields()).extracting(Field::name).containsExactly("a", "b_b", "c", "_1st");
        assertThat(odd.valueSchema().name()).isEqualTo("up_1.tm.odd_table_1.Value");
        Struct row = inserted("odd-table$1").get("4");
        assertThat(odd.toKey(row)).isEqualTo(new Struct(odd.keySchema()).put("a", 4).put("c", 5));
    }

    @Test
    void recordsRoundTripThroughTheJsonConverterAndHaveAvroNames() {
        JsonConverter json = new JsonConverter();
        json.configure(Map.of("schemas.enable", "true"), false);
        int checked = 0;
        for (Map.Entry<String, List<Struct[]>> table : changes.entrySet()) {
            RowConverter converter = converters.get(table.getKey());
            for (Struct[] change : table.getValue()) {
                for (Struct value : change) {
                    if (value != null) {
                        assertRoundTrip(json, value);
                        assertRoundTrip(json, converter.toKey(value));
                        checked++;
                    }
                }
            }
            assertAvroNames(converter.valueSchema());
            assertAvroNames(converter.keySchema());
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static void assertRoundTrip(JsonConverter json, Struct value) {
        byte[] bytes = json.fromConnectData("up-1.tm", value.schema(), value);
        SchemaAndValue back = json.toConnectData("up-1.tm", bytes);
        assertThat(back.schema()).isEqualTo(value.schema());
        assertThat(back.value()).isEqualTo(value);
    }

    private static void assertAvroNames(Schema schema) {
        if (schema.name() != null) {
            assertThat(AVRO_FULL_NAME.matcher(schema.name()).matches()).as(schema.name()).isTrue();
        }
        if (schema.type() == Schema.Type.STRUCT) {
            for (Field f : schema.fields()) {
                assertThat(f.name()).matches("[A-Za-z_][A-Za-z0-9_]*");
                assertAvroNames(f.schema());
            }
        }
    }

    /** information_schema numbers; TEXT lengths beyond int (LONGTEXT: 4294967295) are no column length here. */
    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        long v = Long.parseLong(s);
        return v > Integer.MAX_VALUE ? null : (int) v;
    }

    private static List<String> elements(String columnType) {
        List<String> out = new ArrayList<>();
        if (columnType.toLowerCase(Locale.ROOT).matches("(enum|set)\\(.*")) {
            Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(columnType);
            while (m.find()) {
                out.add(m.group(1).replace("''", "'"));
            }
        }
        return out;
    }
}
