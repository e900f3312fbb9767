package io.dmconnect.source.mysql.convert;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * QUERY events captured from MariaDB 10.11.19 (CRC32 checksums, server charset latin1, sql_mode
 * {@code STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION}), as whole
 * events in hex. They were written by the {@code mariadb} client, the statement bytes sent as they are:
 * <pre>
 * --default-character-set=latin1, USE qd:  CREATE TABLE l1 (c VARCHAR(10) DEFAULT x'e9' COMMENT 'caf' x'e9 20 80')
 *                                          i.e. DEFAULT 'é' COMMENT 'café €' in latin1 (cp1252) bytes
 * --default-character-set=gbk, USE qd:     CREATE TABLE g1 (c VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT '中文')
 *                                          in GBK bytes (d6d0 cec4)
 * utf8mb4, no database:                    SET sql_mode='ANSI_QUOTES';
 *                                          CREATE TABLE "qd"."a q" ("x y" INT, c VARCHAR(5) DEFAULT 'it''s')
 * utf8mb4, USE qd:                         SET time_zone='+05:30', sql_mode='NO_BACKSLASH_ESCAPES';
 *                                          CREATE TABLE u1 (c VARCHAR(10) CHARACTER SET utf8mb4 DEFAULT '😀\')
 * utf8mb3, USE qd, binlog_format STATEMENT: SET time_zone='+05:30';
 *                                          INSERT INTO n VALUES (UNIX_TIMESTAMP('2020-01-01 00:00:00'))
 * </pre>
 * The server writes the time zone only for the statement that used it (the INSERT), not for the CREATE TABLEs.
 */
public final class CapturedQueryEvents {
    private static final HexFormat HEX = HexFormat.of();

    private CapturedQueryEvents() {
    }

    /** 252 bytes. */
    public static final String FORMAT_DESCRIPTION =
            "eead016b0f01000000fc000000000100000100040031302e31312e31392d4d6172696144422d302b646562313275312d"
            + "6c6f6700000000000000000000000000000000000000000000000013380d000800120004040404120000e400041a0800"
            + "0000080808020000000a0a0a0000000000000a0a0a000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004130400"
            + "0d0808080a0a0a01fa89ca9d";

    /** 134 bytes. */
    public static final String LATIN1_CREATE =
            "eead016b0201000000860000002502000000000d00000000000000020000230000000000010100002054000000000603"
            + "73746404080008000800811700000000000000716400435245415445205441424c45206c312028632056415243484152"
            + "283130292044454641554c542027e92720434f4d4d454e542027636166e92080272901ec7dac";

    /** 142 bytes. */
    public static final String GBK_CREATE =
            "eead016b02010000008e000000dd02000000000e00000000000000020000230000000000010100002054000000000603"
            + "737464041c001c000800811900000000000000716400435245415445205441424c452067312028632056415243484152"
            + "28313029204348415241435445522053455420757466386d62342044454641554c542027d6d0cec42729d3fedaa4";

    /** 137 bytes. */
    public static final String ANSI_QUOTES_CREATE =
            "eead016b0201000000890000009003000000000f00000000000000000000230000000000010104000000000000000603"
            + "737464042d002d000800811c0000000000000000435245415445205441424c4520227164222e22612071222028227820"
            + "792220494e542c206320564152434841522835292044454641554c5420276974272773272963de23fb";

    /** 143 bytes. */
    public static final String NO_BACKSLASH_CREATE =
            "eead016b02010000008f0000004904000000001000000000000000020000230000000000010100001000000000000603"
            + "737464042d002d000800811f00000000000000716400435245415445205441424c452075312028632056415243484152"
            + "28313029204348415241435445522053455420757466386d62342044454641554c542027f09f98805c27296dfb68b0";

    /** 133 bytes. */
    public static final String TIME_ZONE_INSERT =
            "f9ad016b020100000085000000ff06000000001800000000000000020000220000000000010100002054000000000603"
            + "7374640421002100080005062b30353a3330716400494e5345525420494e544f206e2056414c5545532028554e49585f"
            + "54494d455354414d502827323032302d30312d30312030303a30303a3030272929a5e9c096";
    /** Reads one QUERY event (after the format description) through {@code deserializer}. */
    public static Event read(EventDeserializer deserializer, String queryEvent) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(HEX.parseHex(FORMAT_DESCRIPTION));
        all.writeBytes(HEX.parseHex(queryEvent));
        ByteArrayInputStream in = new ByteArrayInputStream(all.toByteArray());
        try {
            deserializer.nextEvent(in);
            return deserializer.nextEvent(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
