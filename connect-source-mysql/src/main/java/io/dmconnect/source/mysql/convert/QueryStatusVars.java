package io.dmconnect.source.mysql.convert;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The status variables of a QUERY event that say how its text reads, as the upstream session had them. Each is null
 * when the event does not carry it: servers write the sql_mode and the charsets for every statement, the time zone
 * only when the statement used it.
 *
 * @param sqlMode  {@code Q_SQL_MODE_CODE}: the session's sql_mode bits
 * @param charsets {@code Q_CHARSET_CODE}: collation ids of the client charset, the connection and the server
 * @param timeZone {@code Q_TIME_ZONE_CODE}: the session's {@code time_zone}, e.g. {@code +05:30} or {@code SYSTEM}
 */
public record QueryStatusVars(Long sqlMode, CharsetIds charsets, String timeZone) {
    /** The three collation ids of {@code Q_CHARSET_CODE}; {@link #client} tells how the statement text is encoded. */
    public record CharsetIds(int client, int connection, int server) {
    }

    private static final int Q_SQL_MODE_CODE = 1;
    private static final int Q_CATALOG_CODE = 2;
    private static final int Q_CHARSET_CODE = 4;
    private static final int Q_TIME_ZONE_CODE = 5;
    private static final int Q_CATALOG_NZ_CODE = 6;
    private static final int Q_INVOKER = 11;
    private static final int Q_UPDATED_DB_NAMES = 12;
    /** More databases than this in Q_UPDATED_DB_NAMES: the server writes the count only. */
    private static final int MAX_DBS_IN_EVENT_MTS = 16;
    /** Length of the fixed-size variables by code; -1: variable size or unknown. */
    private static final int[] FIXED = fixedLengths();

    /**
     * Reads a status variable block. Like the server, it stops at the first code it does not know: the size of an
     * unknown variable is unknown, and servers write the variables this class needs before any newer ones. A block
     * cut short keeps what was read before the cut.
     */
    public static QueryStatusVars parse(byte[] block) {
        Reader r = new Reader(block);
        Long sqlMode = null;
        CharsetIds charsets = null;
        String timeZone = null;
        while (r.remaining() > 0) {
            int code = r.u8();
            int fixed = code < FIXED.length ? FIXED[code] : -1;
            if (fixed >= 0 && r.remaining() >= fixed) {
                if (code == Q_SQL_MODE_CODE) {
                    sqlMode = r.le(8);
                } else if (code == Q_CHARSET_CODE) {
                    charsets = new CharsetIds((int) r.le(2), (int) r.le(2), (int) r.le(2));
                } else {
                    r.skip(fixed);
                }
            } else if (code == Q_TIME_ZONE_CODE && r.remaining() > 0) {
                timeZone = r.lengthPrefixed();
                if (timeZone == null) {
                    break;
                }
            } else if (!r.skipVariable(code)) {
                break;
            }
        }
        return new QueryStatusVars(sqlMode, charsets, timeZone);
    }

    private static int[] fixedLengths() {
        int[] lengths = new int[130];
        Arrays.fill(lengths, -1);
        lengths[0] = 4;     // Q_FLAGS2_CODE
        lengths[Q_SQL_MODE_CODE] = 8;
        lengths[3] = 4;     // Q_AUTO_INCREMENT: increment, offset
        lengths[Q_CHARSET_CODE] = 6;
        lengths[7] = 2;     // Q_LC_TIME_NAMES_CODE
        lengths[8] = 2;     // Q_CHARSET_DATABASE_CODE
        lengths[9] = 8;     // Q_TABLE_MAP_FOR_UPDATE_CODE
        lengths[10] = 4;    // Q_MASTER_DATA_WRITTEN_CODE
        lengths[13] = 3;    // Q_MICROSECONDS
        lengths[16] = 1;    // Q_EXPLICIT_DEFAULTS_FOR_TIMESTAMP (MySQL 8)
        lengths[17] = 8;    // Q_DDL_LOGGED_WITH_XID (MySQL 8)
        lengths[18] = 2;    // Q_DEFAULT_COLLATION_FOR_UTF8MB4 (MySQL 8)
        lengths[19] = 1;    // Q_SQL_REQUIRE_PRIMARY_KEY (MySQL 8)
        lengths[20] = 1;    // Q_DEFAULT_TABLE_ENCRYPTION (MySQL 8)
        lengths[128] = 3;   // Q_HRNOW (MariaDB)
        lengths[129] = 8;   // Q_XID (MariaDB)
        return lengths;
    }

    /** Little-endian reads over the block; never reads past its end. */
    private static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int remaining() {
            return bytes.length - pos;
        }

        int u8() {
            return bytes[pos++] & 0xFF;
        }

        long le(int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value |= (long) (bytes[pos++] & 0xFF) << (8 * i);
            }
            return value;
        }

        void skip(int n) {
            pos += n;
        }

        /** A one-byte length and that many bytes, as text; null when the block is cut short. */
        String lengthPrefixed() {
            int length = u8();
            if (length > remaining()) {
                return null;
            }
            String text = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return text;
        }

        /** Skips a variable-size variable; false when the code is unknown or the block is cut short. */
        boolean skipVariable(int code) {
            return switch (code) {
                case Q_CATALOG_CODE -> skipChecked(lengthByte(), 1); // 5.0.0-5.0.3: NUL-terminated as well
                case Q_CATALOG_NZ_CODE -> skipChecked(lengthByte(), 0);
                case Q_INVOKER -> skipChecked(lengthByte(), 0) && skipChecked(lengthByte(), 0); // user, host
                case Q_UPDATED_DB_NAMES -> skipDatabaseNames();
                default -> false;
            };
        }

        /** The next byte as a length, or -1 at the end of the block. */
        private int lengthByte() {
            return remaining() > 0 ? u8() : -1;
        }

        private boolean skipChecked(int length, int extra) {
            if (length < 0 || length + extra > remaining()) {
                return false;
            }
            pos += length + extra;
            return true;
        }

        private boolean skipDatabaseNames() {
            int count = lengthByte();
            if (count < 0) {
                return false;
            }
            for (int i = 0; count <= MAX_DBS_IN_EVENT_MTS && i < count; i++) {
                while (pos < bytes.length && bytes[pos] != 0) {
                    pos++;
                }
                if (pos == bytes.length) {
                    return false;
                }
                pos++; // the name's NUL
            }
            return true;
        }
    }
}
