package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import io.dmconnect.source.mysql.convert.StatementText.Decoding;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real MariaDB QUERY events ({@link CapturedQueryEvents}) through the configured deserializer. */
class QueryEventDecoderTest {
    /** STRICT_TRANS_TABLES, ERROR_FOR_DIVISION_BY_ZERO, NO_AUTO_CREATE_USER, NO_ENGINE_SUBSTITUTION. */
    private static final long SERVER_DEFAULT_MODE = 0x54200000L;
    private static final long ANSI_QUOTES = 1L << 2;
    private static final long NO_BACKSLASH_ESCAPES = 1L << 20;

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("latin1", CapturedQueryEvents.LATIN1_CREATE, "qd",
                        "CREATE TABLE l1 (c VARCHAR(10) DEFAULT 'é' COMMENT 'café €')", "latin1",
                        new CharsetIds(8, 8, 8), SERVER_DEFAULT_MODE, SqlMode.DEFAULT, null),
                Arguments.of("gbk", CapturedQueryEvents.GBK_CREATE, "qd",
                        "CREATE TABLE g1 (c VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT '中文')", "gbk",
                        new CharsetIds(28, 28, 8), SERVER_DEFAULT_MODE, SqlMode.DEFAULT, null),
                Arguments.of("ANSI_QUOTES", CapturedQueryEvents.ANSI_QUOTES_CREATE, "",
                        "CREATE TABLE \"qd\".\"a q\" (\"x y\" INT, c VARCHAR(5) DEFAULT 'it''s')", "utf8mb4",
                        new CharsetIds(45, 45, 8), ANSI_QUOTES, new SqlMode(true, false), null),
                Arguments.of("NO_BACKSLASH_ESCAPES", CapturedQueryEvents.NO_BACKSLASH_CREATE, "qd",
                        "CREATE TABLE u1 (c VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT '😀\\')", "utf8mb4",
                        new CharsetIds(45, 45, 8), NO_BACKSLASH_ESCAPES, new SqlMode(false, true), null),
                Arguments.of("time zone", CapturedQueryEvents.TIME_ZONE_INSERT, "qd",
                        "INSERT INTO n VALUES (UNIX_TIMESTAMP('2020-01-01 00:00:00'))", "utf8mb3",
                        new CharsetIds(33, 33, 8), SERVER_DEFAULT_MODE, SqlMode.DEFAULT, "+05:30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void decodesTheTextWithTheStatementsCharsetAndReadsItsStatus(String name, String event, String database,
                                                                  String sql, String charset, CharsetIds ids,
                                                                  long modeBits, SqlMode mode, String timeZone) {
        DecodedQueryEventData data = CapturedQueryEvents.read(BinlogDeserializers.configure(new EventDeserializer()),
                event).getData();
        assertThat(data.getSql()).isEqualTo(sql);
        assertThat(data.getDatabase()).isEqualTo(database);
        assertThat(data.charset()).isEqualTo(charset);
        assertThat(data.decoding()).isEqualTo(Decoding.CLIENT_CHARSET);
        assertThat(data.decodingNote()).isEmpty();
        assertThat(data.charsetIds()).contains(ids);
        assertThat(data.sqlModeBits()).isEqualTo(OptionalLong.of(modeBits));
        assertThat(data.sqlMode()).isEqualTo(mode);
        assertThat(data.timeZone()).isEqualTo(Optional.ofNullable(timeZone));
        assertThat(data.getErrorCode()).isZero();
        assertThat(data.getThreadId()).isPositive();
    }

    /** What the library alone makes of the same bytes: the reason QueryEventDecoder exists. */
    @Test
    void theLibraryAloneDecodesWithTheJvmCharset() {
        QueryEventData latin1 = CapturedQueryEvents.read(new EventDeserializer(), CapturedQueryEvents.LATIN1_CREATE)
                .getData();
        QueryEventData gbk = CapturedQueryEvents.read(new EventDeserializer(), CapturedQueryEvents.GBK_CREATE)
                .getData();
        assertThat(latin1).isNotInstanceOf(DecodedQueryEventData.class);
        assertThat(latin1.getSql()).doesNotContain("'é'").doesNotContain("café €");
        assertThat(gbk.getSql()).doesNotContain("中文");
    }

    @Test
    void statementsOfAnotherSessionKeepTheirOwnCharset() {
        EventDeserializer deserializer = BinlogDeserializers.configure(new EventDeserializer());
        DecodedQueryEventData first = CapturedQueryEvents.read(deserializer, CapturedQueryEvents.GBK_CREATE).getData();
        DecodedQueryEventData second = CapturedQueryEvents.read(deserializer, CapturedQueryEvents.LATIN1_CREATE)
                .getData();
        assertThat(first.getSql()).contains("'中文'");
        assertThat(second.getSql()).contains("'é'");
        assertThat(second.toString()).contains("charset=latin1", "decoding=CLIENT_CHARSET");
    }
}
