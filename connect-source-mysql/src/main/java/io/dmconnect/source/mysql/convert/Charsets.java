package io.dmconnect.source.mysql.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.errors.DataException;

/**
 * MySQL character sets as Java decoders. Decoding is strict: bytes that are not valid in the charset are an error,
 * never a silent U+FFFD. MySQL's {@code latin1} is not ISO-8859-1 but Windows-1252 with the five bytes that
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) mapped to the C1 controls of the same code.
 */
public final class Charsets {
    private static final Map<String, String> JAVA_NAMES = Map.ofEntries(
            Map.entry("utf8mb4", "UTF-8"), Map.entry("utf8mb3", "UTF-8"), Map.entry("utf8", "UTF-8"),
            Map.entry("ascii", "US-ASCII"), Map.entry("gbk", "GBK"), Map.entry("gb2312", "GB2312"),
            Map.entry("gb18030", "GB18030"), Map.entry("big5", "Big5"), Map.entry("sjis", "Shift_JIS"),
            Map.entry("cp932", "windows-31j"), Map.entry("ujis", "EUC-JP"), Map.entry("eucjpms", "x-eucJP-Open"),
            Map.entry("euckr", "EUC-KR"), Map.entry("latin2", "ISO-8859-2"), Map.entry("latin5", "ISO-8859-9"),
            Map.entry("latin7", "ISO-8859-13"), Map.entry("greek", "ISO-8859-7"), Map.entry("hebrew", "ISO-8859-8"),
            Map.entry("cp1250", "windows-1250"), Map.entry("cp1251", "windows-1251"),
            Map.entry("cp1256", "windows-1256"), Map.entry("cp1257", "windows-1257"), Map.entry("cp850", "IBM850"),
            Map.entry("cp852", "IBM852"), Map.entry("cp866", "IBM866"), Map.entry("koi8r", "KOI8-R"),
            Map.entry("koi8u", "KOI8-U"), Map.entry("tis620", "TIS-620"), Map.entry("ucs2", "UTF-16BE"),
            Map.entry("utf16", "UTF-16BE"), Map.entry("utf16le", "UTF-16LE"), Map.entry("utf32", "UTF-32BE"));

    private static final char[] LATIN1 = latin1Table();

    private Charsets() {
    }

    /** A decoder for MySQL charset {@code name}; empty when MySQL's charset has no Java equivalent here. */
    public static Optional<Function<byte[], String>> decoder(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("latin1")) {
            return Optional.of(Charsets::latin1);
        }
        String java = JAVA_NAMES.get(key);
        if (java == null || !Charset.isSupported(java)) {
            return Optional.empty();
        }
        Charset charset = Charset.forName(java);
        return Optional.of(bytes -> strict(charset, name, bytes));
    }

    static String latin1(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = LATIN1[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    private static String strict(Charset charset, String mysqlName, byte[] bytes) {
        if (charset == StandardCharsets.UTF_8 || charset.equals(StandardCharsets.UTF_8)) {
            // fast path: the JDK's UTF-8 decoding, checked for replacement characters afterwards
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException("bytes are not valid " + mysqlName + " text: " + e.getMessage(), e);
        }
    }

    private static char[] latin1Table() {
        char[] table = new char[256];
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String cp1252 = new String(all, Charset.forName("windows-1252"));
        for (int i = 0; i < 256; i++) {
            char c = cp1252.charAt(i);
            table[i] = c == '\uFFFD' ? (char) i : c; // undefined in Windows-1252: MySQL keeps the C1 control
        }
        return table;
    }
}
