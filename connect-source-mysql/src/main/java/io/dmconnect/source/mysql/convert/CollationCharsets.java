package io.dmconnect.source.mysql.convert;

import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The character set of a MySQL or MariaDB collation id, as the binlog writes them (the QUERY event's
 * {@code Q_CHARSET_CODE} status variable holds the ids of {@code character_set_client}, {@code collation_connection}
 * and {@code collation_server}).
 *
 * <p>The ids below 248 are the ones both servers share (read from {@code information_schema} of MariaDB 10.11, which
 * also lists the few that MySQL 8.0 no longer has). MySQL 8.0 adds 76 (utf8mb3), 248-250 (gb18030) and 255-323
 * (utf8mb4 UCA 9.0.0). MariaDB adds 576-738 (the {@code _mysql561} collations), 1024 + id for the {@code _nopad_}
 * variant of a shared id, and 2048-3327 for its UCA 14.0.0 collations, 256 ids per character set.
 */
public final class CollationCharsets {
    private static final String[] SHARED = shared();

    private CollationCharsets() {
    }

    /** The MySQL character set name of collation {@code id} ({@code latin1}, {@code utf8mb4}, ...); empty if unknown. */
    public static Optional<String> charsetOf(int id) {
        if (id > 0 && id < SHARED.length && SHARED[id] != null) {
            return Optional.of(SHARED[id]);
        }
        if (id >= 255 && id <= 323) {
            return Optional.of("utf8mb4");
        }
        if (id >= 576 && id <= 738) {
            return mysql561(id);
        }
        if (id > 1024 && id < 1024 + 248) {
            return Optional.ofNullable(SHARED[id - 1024]);
        }
        if (id >= 2048 && id < 3328) {
            return Optional.of(new String[] {"utf8mb3", "utf8mb4", "ucs2", "utf16", "utf32"}[(id - 2048) / 256]);
        }
        return Optional.empty();
    }

    private static Optional<String> mysql561(int id) {
        return Optional.ofNullable(switch ((id - 576) / 32) {
            case 0 -> "utf8mb3";
            case 1 -> "utf8mb4";
            case 2 -> "ucs2";
            case 3 -> "utf16";
            case 5 -> "utf32";
            default -> null;
        });
    }

    private static String[] shared() {
        Map<String, int[]> ids = Map.ofEntries(
                Map.entry("big5", new int[] {1, 84}), Map.entry("latin2", new int[] {2, 9, 21, 27, 77}),
                Map.entry("dec8", new int[] {3, 69}), Map.entry("cp850", new int[] {4, 80}),
                Map.entry("latin1", new int[] {5, 8, 15, 31, 47, 48, 49, 94}), Map.entry("hp8", new int[] {6, 72}),
                Map.entry("koi8r", new int[] {7, 74}), Map.entry("swe7", new int[] {10, 82}),
                Map.entry("ascii", new int[] {11, 65}), Map.entry("ujis", new int[] {12, 91}),
                Map.entry("sjis", new int[] {13, 88}), Map.entry("cp1251", new int[] {14, 23, 50, 51, 52}),
                Map.entry("hebrew", new int[] {16, 71}), Map.entry("tis620", new int[] {18, 89}),
                Map.entry("euckr", new int[] {19, 85}), Map.entry("latin7", new int[] {20, 41, 42, 79}),
                Map.entry("koi8u", new int[] {22, 75}), Map.entry("gb2312", new int[] {24, 86}),
                Map.entry("greek", new int[] {25, 70}), Map.entry("cp1250", new int[] {26, 34, 44, 66, 99}),
                Map.entry("gbk", new int[] {28, 87}), Map.entry("cp1257", new int[] {29, 58, 59}),
                Map.entry("latin5", new int[] {30, 78}), Map.entry("armscii8", new int[] {32, 64}),
                Map.entry("utf8mb3", concat(new int[] {33, 76, 83, 223}, 192, 215)),
                Map.entry("ucs2", concat(new int[] {35, 90, 159}, 128, 151)),
                Map.entry("cp866", new int[] {36, 68}), Map.entry("keybcs2", new int[] {37, 73}),
                Map.entry("macce", new int[] {38, 43}), Map.entry("macroman", new int[] {39, 53}),
                Map.entry("cp852", new int[] {40, 81}), Map.entry("utf8mb4", concat(new int[] {45, 46}, 224, 247)),
                Map.entry("utf16", concat(new int[] {54, 55}, 101, 124)), Map.entry("utf16le", new int[] {56, 62}),
                Map.entry("cp1256", new int[] {57, 67}), Map.entry("utf32", concat(new int[] {60, 61}, 160, 183)),
                Map.entry("binary", new int[] {63}), Map.entry("geostd8", new int[] {92, 93}),
                Map.entry("cp932", new int[] {95, 96}), Map.entry("eucjpms", new int[] {97, 98}),
                Map.entry("gb18030", new int[] {248, 249, 250}));
        String[] byId = new String[251];
        ids.forEach((charset, list) -> {
            for (int id : list) {
                byId[id] = charset;
            }
        });
        return byId;
    }

    private static int[] concat(int[] single, int fromInclusive, int toInclusive) {
        return IntStream.concat(IntStream.of(single), IntStream.rangeClosed(fromInclusive, toInclusive)).toArray();
    }
}
