package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's adjustCollation / adjustColumnsCollation, plus ADD COLUMN (dm-connect). */
class StrictCollationsTest {

    private static String strict(String flavorName, String statement, String collationServer) {
        ServerFlavor flavor = flavorName.equals("mysql") ? ServerFlavor.MYSQL_8_0 : ServerFlavor.MARIADB_10_11;
        SingleDdl piece = ((ParsedStatement.Ddl) new DdlParser(flavor).parse(statement, "d")).pieces().get(0);
        return new StrictCollations(flavor).apply(piece, piece.sql(), collationServer);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a column with a charset but no collation gets the charset's default collation; others stay
            mariadb | CREATE TABLE t (a VARCHAR(10) CHARACTER SET latin1, b TEXT CHARSET utf8mb4 COLLATE utf8mb4_bin, c INT, d CHAR(2)) | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci, b TEXT CHARSET utf8mb4 COLLATE utf8mb4_bin, c INT, d CHAR(2))
            mysql   | CREATE TABLE t (a VARCHAR(3) CHARSET utf8mb4) CHARSET utf8mb4 | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a VARCHAR(3) CHARSET utf8mb4 COLLATE utf8mb4_0900_ai_ci) CHARSET utf8mb4 COLLATE utf8mb4_0900_ai_ci
            # the table options: charset alone gets its collation, in the same '=' style
            mariadb | CREATE TABLE t (a INT) ENGINE=InnoDB DEFAULT CHARACTER SET = latin1 | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a INT) ENGINE=InnoDB DEFAULT CHARACTER SET = latin1 COLLATE=latin1_swedish_ci
            mariadb | CREATE TABLE t (a INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
            # utf8 keeps its spelling: utf8_general_ci works on every server, utf8mb3_ names do not
            mariadb | CREATE TABLE t (a INT) CHARSET utf8                         | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a INT) CHARSET utf8 COLLATE utf8_general_ci
            mysql   | CREATE TABLE t (a INT) CHARSET utf8mb3                      | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a INT) CHARSET utf8mb3 COLLATE utf8mb3_general_ci
            # no charset on the table: DM only warns
            mariadb | CREATE TABLE t (a VARCHAR(2))                               | utf8mb4_bin | CREATE TABLE IF NOT EXISTS `d`.`t` (a VARCHAR(2))
            # keys, quoted names and commas inside backquotes are not columns to adjust
            mariadb | CREATE TABLE t (`key` VARCHAR(3) CHARACTER SET latin1, `a,b` CHAR(1) CHARSET ascii, KEY k (`key`), PRIMARY KEY (`a,b`)) | null | CREATE TABLE IF NOT EXISTS `d`.`t` (`key` VARCHAR(3) CHARACTER SET latin1 COLLATE latin1_swedish_ci, `a,b` CHAR(1) CHARSET ascii COLLATE ascii_general_ci, KEY k (`key`), PRIMARY KEY (`a,b`))
            # a comment that mentions a charset is a string, not a clause
            mariadb | CREATE TABLE t (a INT COMMENT 'CHARSET latin1', b VARCHAR(1) CHARSET latin1 COMMENT 'x') | null | CREATE TABLE IF NOT EXISTS `d`.`t` (a INT COMMENT 'CHARSET latin1', b VARCHAR(1) CHARSET latin1 COLLATE latin1_swedish_ci COMMENT 'x')
            # CREATE TABLE LIKE copies the source's collations: untouched
            mariadb | CREATE TABLE t LIKE s                                       | null | CREATE TABLE IF NOT EXISTS `d`.`t` LIKE `d`.`s`
            # CREATE DATABASE: charset alone, collation given, neither (server collation from the event, if known)
            mariadb | CREATE DATABASE x CHARACTER SET utf8                        | null | CREATE DATABASE IF NOT EXISTS `x` CHARACTER SET utf8 COLLATE utf8_general_ci
            mysql   | CREATE DATABASE x DEFAULT CHARSET utf8mb4                   | null | CREATE DATABASE IF NOT EXISTS `x` DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_0900_ai_ci
            mariadb | CREATE DATABASE x COLLATE latin1_bin                        | utf8mb4_bin | CREATE DATABASE IF NOT EXISTS `x` COLLATE latin1_bin
            mariadb | CREATE DATABASE x                                           | UTF8MB4_Unicode_CI | CREATE DATABASE IF NOT EXISTS `x` COLLATE utf8mb4_unicode_ci
            mariadb | CREATE DATABASE x                                           | null | CREATE DATABASE IF NOT EXISTS `x`
            # ADD COLUMN like a CREATE TABLE column (dm-connect); MODIFY and others as written (DM)
            mariadb | ALTER TABLE t ADD COLUMN c VARCHAR(10) CHARACTER SET latin1 DEFAULT 'x' COMMENT 'charset latin1' | null | ALTER TABLE `d`.`t` ADD COLUMN c VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT 'x' COMMENT 'charset latin1'
            mariadb | ALTER TABLE t ADD COLUMN c VARCHAR(10) CHARSET latin1 COLLATE latin1_bin | null | ALTER TABLE `d`.`t` ADD COLUMN c VARCHAR(10) CHARSET latin1 COLLATE latin1_bin
            mariadb | ALTER TABLE t ADD COLUMN c INT                              | null | ALTER TABLE `d`.`t` ADD COLUMN c INT
            mariadb | ALTER TABLE t MODIFY c VARCHAR(10) CHARSET latin1           | null | ALTER TABLE `d`.`t` MODIFY c VARCHAR(10) CHARSET latin1
            mariadb | ALTER TABLE t CONVERT TO CHARACTER SET latin1               | null | ALTER TABLE `d`.`t` CONVERT TO CHARACTER SET latin1
            """)
    void writesOutImplicitCollations(String flavor, String statement, String collationServer, String expected) {
        assertThat(strict(flavor, statement, collationServer)).isEqualTo(expected);
    }
}
