package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.QueryEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The library's QUERY deserializer, plus what it ignores: the status variables ({@link QueryStatusVars}) and the
 * statement's charset. It returns {@link DecodedQueryEventData}, whose text is decoded by {@link StatementText}
 * with the session's client charset instead of the JVM's default charset.
 *
 * <p>The event body is: thread id (4), execution time (4), database name length (1), error code (2), status block
 * length (2), the status block, the database name and a NUL, then the statement up to the end of the body.
 */
public final class QueryEventDecoder extends QueryEventDataDeserializer {
    private static final int DB_LENGTH_AT = 8;
    private static final int STATUS_LENGTH_AT = 11;
    private static final int STATUS_AT = 13;

    @Override
    public DecodedQueryEventData deserialize(ByteArrayInputStream in) throws IOException {
        byte[] body = in.read(in.available());
        QueryEventData base = super.deserialize(new ByteArrayInputStream(body));
        if (body.length < STATUS_AT) {
            throw new IOException("QUERY event body of " + body.length + " bytes is shorter than its fixed part");
        }
        int dbLength = body[DB_LENGTH_AT] & 0xFF;
        int statusLength = (body[STATUS_LENGTH_AT] & 0xFF) | (body[STATUS_LENGTH_AT + 1] & 0xFF) << 8;
        int dbAt = STATUS_AT + statusLength;
        int sqlAt = dbAt + dbLength + 1;
        if (sqlAt > body.length) {
            throw new IOException("QUERY event body of " + body.length + " bytes cannot hold its status block ("
                    + statusLength + " bytes) and database name (" + dbLength + " bytes)");
        }
        QueryStatusVars status = QueryStatusVars.parse(Arrays.copyOfRange(body, STATUS_AT, dbAt));
        String database = new String(body, dbAt, dbLength, StandardCharsets.UTF_8);
        byte[] sql = Arrays.copyOfRange(body, sqlAt, body.length);
        return new DecodedQueryEventData(base, database, status, StatementText.decode(sql, status.charsets()));
    }
}
