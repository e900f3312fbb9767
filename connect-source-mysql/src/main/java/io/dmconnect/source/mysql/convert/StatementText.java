package io.dmconnect.source.mysql.convert;

import io.dmconnect.source.mysql.convert.QueryStatusVars.CharsetIds;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.errors.DataException;

/**
 * Turns the SQL bytes of a QUERY event into text as DM does: with the session's client charset (from the event's
 * status variables); when that charset is unknown, has no Java decoder here, or the bytes are not valid in it, as
 * UTF-8 (DM: "will treat query as utf8"). Bytes valid in neither are replaced with U+FFFD: DM keeps them as raw
 * bytes in a Go string, which a Java string cannot hold. Text of ASCII bytes only reads the same in every charset
 * a client may use, so it never needs a fallback.
 */
public final class StatementText {
    private static final String UTF8 = "utf8mb4";

    /** How the text was obtained. */
    public enum Decoding {
        /** With the client charset: the text is what the upstream session sent. */
        CLIENT_CHARSET,
        /** As UTF-8, because the client charset could not be used (see {@link Decoded#note}). */
        UTF8_FALLBACK,
        /** Valid in neither: invalid bytes became U+FFFD. */
        LOSSY
    }

    /**
     * @param text     the statement
     * @param charset  the MySQL charset the bytes were read with ({@code latin1}, {@code utf8mb4}, ...)
     * @param decoding how
     * @param note     why a fallback was needed; null for {@link Decoding#CLIENT_CHARSET}
     */
    public record Decoded(String text, String charset, Decoding decoding, String note) {
    }

    private StatementText() {
    }

    /** Decodes {@code sql}; {@code charsets} null means the event has no charset variable. */
    public static Decoded decode(byte[] sql, CharsetIds charsets) {
        Optional<String> client = charsets == null ? Optional.empty()
                : CollationCharsets.charsetOf(charsets.client());
        if (isAscii(sql)) {
            return new Decoded(new String(sql, StandardCharsets.US_ASCII), client.orElse(UTF8),
                    Decoding.CLIENT_CHARSET, null);
        }
        if (client.isEmpty()) {
            String why = charsets == null ? "the event has no charset status variable"
                    : "collation id " + charsets.client() + " of the client charset is unknown";
            return utf8(sql, why);
        }
        Optional<Function<byte[], String>> decoder = Charsets.decoder(client.get());
        if (decoder.isEmpty()) {
            return utf8(sql, "the client charset " + client.get() + " has no Java decoder");
        }
        try {
            return new Decoded(decoder.get().apply(sql), client.get(), Decoding.CLIENT_CHARSET, null);
        } catch (DataException e) {
            return utf8(sql, "the statement is not valid " + client.get() + " text");
        }
    }

    private static Decoded utf8(byte[] sql, String why) {
        try {
            String text = Charsets.decoder(UTF8).orElseThrow().apply(sql);
            return new Decoded(text, UTF8, Decoding.UTF8_FALLBACK, why + "; read as " + UTF8 + ", as DM does");
        } catch (DataException e) {
            return new Decoded(new String(sql, StandardCharsets.UTF_8), UTF8, Decoding.LOSSY,
                    why + ", nor valid " + UTF8 + " text; invalid bytes were replaced with U+FFFD");
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
