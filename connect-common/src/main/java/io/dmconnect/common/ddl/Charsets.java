package io.dmconnect.common.ddl;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Character-set facts the schema applier needs: canonical names ({@code utf8} is {@code utf8mb3} on MariaDB 10.6+
 * and MySQL 8.0, and both print it so), the charset a collation belongs to, default collations and the maximum
 * bytes per character (which decides how TEXT(n) and CONVERT TO CHARACTER SET size TEXT columns).
 */
public final class Charsets {
    static final Map<String, String> MARIADB_DEFAULT_COLLATIONS;
    static final Map<String, String> MYSQL_DEFAULT_COLLATIONS;
    private static final Map<String, Integer> MAX_BYTES = new HashMap<>();
    private static final Map<String, String> ENGINES = new HashMap<>();

    static {
        Map<String, String> common = new HashMap<>();
        for (String cs : new String[] {"utf8mb3", "ascii", "ucs2", "utf16", "utf16le", "utf32", "latin2", "latin7",
                "cp1250", "cp1251", "cp1256", "cp1257", "cp850", "cp852", "cp866", "dec8", "hp8", "koi8r", "koi8u",
                "armscii8", "keybcs2", "macce", "macroman", "geostd8", "swe7"}) {
            common.put(cs, cs + "_general_ci");
        }
        common.put("latin1", "latin1_swedish_ci");
        common.put("latin5", "latin5_turkish_ci");
        common.put("binary", "binary");
        common.put("gbk", "gbk_chinese_ci");
        common.put("gb2312", "gb2312_chinese_ci");
        common.put("big5", "big5_chinese_ci");
        common.put("sjis", "sjis_japanese_ci");
        common.put("cp932", "cp932_japanese_ci");
        common.put("ujis", "ujis_japanese_ci");
        common.put("eucjpms", "eucjpms_japanese_ci");
        common.put("euckr", "euckr_korean_ci");
        common.put("greek", "greek_general_ci");
        common.put("hebrew", "hebrew_general_ci");
        common.put("tis620", "tis620_thai_ci");
        Map<String, String> maria = new HashMap<>(common);
        maria.put("utf8mb4", "utf8mb4_general_ci");
        MARIADB_DEFAULT_COLLATIONS = Map.copyOf(maria);
        Map<String, String> mysql = new HashMap<>(common);
        mysql.put("utf8mb4", "utf8mb4_0900_ai_ci");
        mysql.put("gb18030", "gb18030_chinese_ci");
        MYSQL_DEFAULT_COLLATIONS = Map.copyOf(mysql);

        for (String cs : new String[] {"ucs2", "gbk", "gb2312", "big5", "sjis", "cp932", "euckr"}) {
            MAX_BYTES.put(cs, 2);
        }
        for (String cs : new String[] {"utf8mb3", "ujis", "eucjpms"}) {
            MAX_BYTES.put(cs, 3);
        }
        for (String cs : new String[] {"utf8mb4", "utf16", "utf16le", "utf32", "gb18030"}) {
            MAX_BYTES.put(cs, 4);
        }
        for (String e : new String[] {"InnoDB", "MyISAM", "MEMORY", "Aria", "CSV", "ARCHIVE", "BLACKHOLE",
                "MRG_MyISAM", "FEDERATED", "ROCKSDB", "TokuDB", "SEQUENCE", "CONNECT", "S3", "SPIDER",
                "Columnstore", "ndbcluster", "MERGE", "HEAP"}) {
            ENGINES.put(e.toLowerCase(Locale.ROOT), e);
        }
        ENGINES.put("heap", "MEMORY");
        ENGINES.put("merge", "MRG_MyISAM");
    }

    private Charsets() {
    }

    /** Lower case, with the {@code utf8} alias resolved to {@code utf8mb3}. */
    public static String canonicalCharset(String charset) {
        if (charset == null) {
            return null;
        }
        String cs = charset.toLowerCase(Locale.ROOT);
        return cs.equals("utf8") ? "utf8mb3" : cs;
    }

    /** Lower case, with {@code utf8_} collations renamed {@code utf8mb3_}. */
    public static String canonicalCollation(String collation) {
        if (collation == null) {
            return null;
        }
        String c = collation.toLowerCase(Locale.ROOT);
        return c.startsWith("utf8_") ? "utf8mb3_" + c.substring(5) : c;
    }

    /** The charset a collation belongs to: its name up to the first underscore ({@code binary} is its own). */
    public static String charsetOfCollation(String collation) {
        String c = canonicalCollation(collation);
        int underscore = c.indexOf('_');
        return underscore < 0 ? c : c.substring(0, underscore);
    }

    /** Maximum bytes per character; 1 for the single-byte charsets and unknown ones. */
    public static int maxBytesPerChar(String charset) {
        return charset == null ? 1 : MAX_BYTES.getOrDefault(canonicalCharset(charset), 1);
    }

    /** The storage engine name as the server prints it ({@code innodb} → {@code InnoDB}). */
    public static String canonicalEngine(String engine) {
        if (engine == null) {
            return null;
        }
        return ENGINES.getOrDefault(engine.toLowerCase(Locale.ROOT), engine);
    }
}
