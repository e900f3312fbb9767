package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.QueryEventData;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import io.dmconnect.source.mysql.convert.StatementText.Decoded;
import io.dmconnect.source.mysql.convert.StatementText.Decoding;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A QUERY event whose {@link #getSql() text} was decoded with the statement's own charset, with the status
 * variables that say how to read it: {@link #sqlMode()} for the parser, {@link #charset()}, {@link #timeZone()}.
 * {@link #getDatabase() The default database} is read as UTF-8 (the server's identifier charset).
 */
public final class DecodedQueryEventData extends QueryEventData {
    private final QueryStatusVars status;
    private final Decoded decoded;

    DecodedQueryEventData(QueryEventData base, String database, QueryStatusVars status, Decoded decoded) {
        this.status = Objects.requireNonNull(status, "status");
        this.decoded = Objects.requireNonNull(decoded, "decoded");
        setThreadId(base.getThreadId());
        setExecutionTime(base.getExecutionTime());
        setErrorCode(base.getErrorCode());
        setDatabase(database);
        setSql(decoded.text());
    }

    /** The parser's view of the session sql_mode; the server default when the event has none (DM: no mode). */
    public SqlMode sqlMode() {
        return status.sqlMode() == null ? SqlMode.DEFAULT : SqlMode.fromBits(status.sqlMode());
    }

    /** The raw sql_mode bits, when the event carries them. */
    public OptionalLong sqlModeBits() {
        return status.sqlMode() == null ? OptionalLong.empty() : OptionalLong.of(status.sqlMode());
    }

    /** The MySQL charset the text was read with ({@code latin1}, {@code gbk}, {@code utf8mb4}, ...). */
    public String charset() {
        return decoded.charset();
    }

    /** Whether the text was read with the client charset, or why not. */
    public Decoding decoding() {
        return decoded.decoding();
    }

    /** Why a fallback decoding was needed; empty when the client charset was used. */
    public Optional<String> decodingNote() {
        return Optional.ofNullable(decoded.note());
    }

    /** The collation ids of the client charset, the connection and the server, when the event carries them. */
    public Optional<CharsetIds> charsetIds() {
        return Optional.ofNullable(status.charsets());
    }

    /** The session time zone, when the statement used it (the server writes it only then). */
    public Optional<String> timeZone() {
        return Optional.ofNullable(status.timeZone());
    }

    @Override
    public String toString() {
        return "DecodedQueryEventData{database=" + getDatabase() + ", sql=" + getSql() + ", charset=" + charset()
                + ", decoding=" + decoding() + ", sqlMode=" + sqlModeBits() + ", timeZone=" + timeZone() + "}";
    }
}
