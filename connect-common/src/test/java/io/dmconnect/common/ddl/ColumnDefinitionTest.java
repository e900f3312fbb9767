package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column definitions as the server stores them: type aliases, display widths, charsets, canonical defaults. */
class ColumnDefinitionTest {
    private static final TableId T = new TableId("db", "t");

    private static TableSchema table(String columns, ServerFlavor flavor) {
        SingleDdl create = ((ParsedStatement.Ddl) new DdlParser(flavor).parse("CREATE TABLE t (" + columns
                + ") DEFAULT CHARSET=utf8mb4 COLLATE=" + flavor.defaultCollation("utf8mb4"), "db")).pieces().get(0);
        return new SchemaApplier(flavor).apply(SchemaCatalog.EMPTY, create).table(T).orElseThrow();
    }

    private static String column(String definition, ServerFlavor flavor) {
        return Describe.column(table(definition, flavor).columns().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // integers: MariaDB keeps display widths, defaults per type and sign
            "c INT                             | c int(11) DEFAULT NULL",
            "c INTEGER UNSIGNED                | c int(10) unsigned DEFAULT NULL",
            "c TINYINT                         | c tinyint(4) DEFAULT NULL",
            "c SMALLINT UNSIGNED NOT NULL      | c smallint(5) unsigned NOT NULL",
            "c MEDIUMINT ZEROFILL              | c mediumint(8) unsigned zerofill DEFAULT NULL",
            "c BIGINT UNSIGNED                 | c bigint(20) unsigned DEFAULT NULL",
            "c INT(5)                          | c int(5) DEFAULT NULL",
            "c INT1                            | c tinyint(4) DEFAULT NULL",
            "c MIDDLEINT                       | c mediumint(9) DEFAULT NULL",
            "c INT8                            | c bigint(20) DEFAULT NULL",
            "c BOOL DEFAULT TRUE               | c tinyint(1) DEFAULT '1'",
            "c BOOLEAN NOT NULL DEFAULT FALSE  | c tinyint(1) NOT NULL DEFAULT '0'",
            "c SERIAL                          | c bigint(20) unsigned NOT NULL AUTO_INCREMENT",
            "c INT NULL AUTO_INCREMENT KEY     | c int(11) NOT NULL AUTO_INCREMENT",
            // exact and approximate numbers
            "c DECIMAL                         | c decimal(10,0) DEFAULT NULL",
            "c NUMERIC(5)                      | c decimal(5,0) DEFAULT NULL",
            "c DEC(8,3) DEFAULT 1.5            | c decimal(8,3) DEFAULT '1.500'",
            "c FIXED(5,1) DEFAULT '2.25'       | c decimal(5,1) DEFAULT '2.3'",
            "c FLOAT                           | c float DEFAULT NULL",
            "c FLOAT(7,3) UNSIGNED             | c float(7,3) unsigned DEFAULT NULL",
            "c FLOAT(30)                       | c double DEFAULT NULL",
            "c FLOAT(10)                       | c float DEFAULT NULL",
            "c REAL DEFAULT 1e3                | c double DEFAULT '1000'",
            "c DOUBLE PRECISION DEFAULT -0.50  | c double DEFAULT '-0.5'",
            "c FLOAT8                          | c double DEFAULT NULL",
            "c INT DEFAULT '42'                | c int(11) DEFAULT '42'",
            "c INT DEFAULT 1.5                 | c int(11) DEFAULT '2'",
            "c BIT                             | c bit(1) DEFAULT NULL",
            "c BIT(4) DEFAULT 5                | c bit(4) DEFAULT 'b'101''",
            "c BIT(3) DEFAULT b'011'           | c bit(3) DEFAULT 'b'11''",
            // temporal
            "c DATE DEFAULT '2020-01-02'       | c date DEFAULT '2020-01-02'",
            "c DATETIME(3) DEFAULT '2020-01-02' | c datetime(3) DEFAULT '2020-01-02 00:00:00.000'",
            "c TIMESTAMP NOT NULL DEFAULT NOW() ON UPDATE NOW() | c timestamp NOT NULL DEFAULT 'current_timestamp()'",
            "c TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP(3) | c timestamp(3) DEFAULT 'current_timestamp(3)'",
            "c DATETIME DEFAULT LOCALTIMESTAMP | c datetime DEFAULT 'current_timestamp()'",
            "c TIME(2)                         | c time(2) DEFAULT NULL",
            "c YEAR                            | c year(4) DEFAULT NULL",
            // strings: charset and collation inherited, explicit, or implied
            "c VARCHAR(10)                     | c varchar(10) utf8mb4_general_ci DEFAULT NULL",
            "c CHAR                            | c char(1) utf8mb4_general_ci DEFAULT NULL",
            "c VARCHAR(3) CHARACTER SET latin1 | c varchar(3) latin1_swedish_ci DEFAULT NULL",
            "c VARCHAR(3) CHARSET utf8         | c varchar(3) utf8mb3_general_ci DEFAULT NULL",
            "c VARCHAR(3) COLLATE latin1_bin   | c varchar(3) latin1_bin DEFAULT NULL",
            "c VARCHAR(3) BINARY               | c varchar(3) utf8mb4_bin DEFAULT NULL",
            "c VARCHAR(3) ASCII                | c varchar(3) latin1_swedish_ci DEFAULT NULL",
            "c NATIONAL VARCHAR(5)             | c varchar(5) utf8mb3_general_ci DEFAULT NULL",
            "c NCHAR(2)                        | c char(2) utf8mb3_general_ci DEFAULT NULL",
            "c CHARACTER VARYING(4)            | c varchar(4) utf8mb4_general_ci DEFAULT NULL",
            "c CHAR(4) CHARACTER SET binary    | c binary(4) DEFAULT NULL",
            "c VARCHAR(4) CHARACTER SET binary | c varbinary(4) DEFAULT NULL",
            "c TEXT CHARACTER SET binary       | c blob DEFAULT NULL",
            "c CHAR(2) BYTE                    | c binary(2) DEFAULT NULL",
            "c BINARY                          | c binary(1) DEFAULT NULL",
            "c VARCHAR(10) DEFAULT _utf8mb4'x' | c varchar(10) utf8mb4_general_ci DEFAULT 'x'",
            "c VARCHAR(10) DEFAULT 'a' 'b'     | c varchar(10) utf8mb4_general_ci DEFAULT 'ab'",
            "c VARCHAR(10) NOT NULL DEFAULT '' | c varchar(10) utf8mb4_general_ci NOT NULL DEFAULT ''",
            "c TEXT(100)                       | c text utf8mb4_general_ci DEFAULT NULL",
            "c TEXT(60)                        | c tinytext utf8mb4_general_ci DEFAULT NULL",
            "c TEXT(1000) CHARACTER SET latin1 | c text latin1_swedish_ci DEFAULT NULL",
            "c TEXT(20000)                     | c mediumtext utf8mb4_general_ci DEFAULT NULL",
            "c BLOB(70000)                     | c mediumblob DEFAULT NULL",
            "c LONG                            | c mediumtext utf8mb4_general_ci DEFAULT NULL",
            "c LONG VARBINARY                  | c mediumblob DEFAULT NULL",
            "c ENUM('a','b''c') NOT NULL       | c enum('a','b''c') utf8mb4_general_ci NOT NULL",
            "c SET('x','y') DEFAULT 'x,y'      | c set('x','y') utf8mb4_general_ci DEFAULT 'x,y'",
            // MariaDB: JSON is LONGTEXT with utf8mb4_bin
            "c JSON                            | c longtext utf8mb4_bin DEFAULT NULL",
            "c INET6                           | c inet6 DEFAULT NULL",
            "c POINT NOT NULL                  | c point NOT NULL",
            // generated and expression defaults
            "c INT AS (1 + 2) VIRTUAL          | c int(11) GENERATED",
            "c INT GENERATED ALWAYS AS (1) STORED NOT NULL | c int(11) NOT NULL GENERATED",
            "c INT DEFAULT (1 + 1)             | c int(11) DEFAULT '1 + 1'",
            "c VARCHAR(36) DEFAULT (UUID())    | c varchar(36) utf8mb4_general_ci DEFAULT 'uuid()'",
            "c INT DEFAULT NULL COMMENT 'x' INVISIBLE | c int(11) DEFAULT NULL",
    })
    void storesColumnsAsMariaDbDoes(String definition, String expected) {
        assertThat(column(definition, ServerFlavor.MARIADB_10_11)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // MySQL 8.0.19+ drops integer display widths except TINYINT(1) and ZEROFILL
            "c INT(11)                  | c int DEFAULT NULL",
            "c INT UNSIGNED             | c int unsigned DEFAULT NULL",
            "c TINYINT(1)               | c tinyint(1) DEFAULT NULL",
            "c INT(5) ZEROFILL          | c int(5) unsigned zerofill DEFAULT NULL",
            "c YEAR                     | c year DEFAULT NULL",
            "c JSON                     | c json utf8mb4_bin DEFAULT NULL",
            "c VARCHAR(5)               | c varchar(5) utf8mb4_0900_ai_ci DEFAULT NULL",
            "c VARCHAR(5) CHARSET latin1 | c varchar(5) latin1_swedish_ci DEFAULT NULL",
    })
    void storesColumnsAsMysqlDoes(String definition, String expected) {
        assertThat(column(definition, ServerFlavor.MYSQL_8_0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "c VARCHAR(20)      | varchar   | 20   | null | null | false",
            "c CHAR(3)          | char      | 3    | null | null | false",
            "c VARBINARY(7)     | varbinary | 7    | null | null | false",
            "c BIT(9)           | bit       | 9    | null | null | false",
            "c DECIMAL(12,4) UNSIGNED | decimal | null | 12 | 4  | true",
            "c DATETIME(6)      | datetime  | null | 6    | null | false",
            "c TIMESTAMP        | timestamp | null | 0    | null | false",
            "c DATE             | date      | null | null | null | false",
            "c TEXT             | text      | null | null | null | false",
            "c BIGINT UNSIGNED  | bigint    | null | null | null | true",
    })
    void fillsTheNumericAttributes(String definition, String dataType, Integer length, Integer precision,
                                   Integer scale, boolean unsigned) {
        ColumnDef c = table(definition, ServerFlavor.MARIADB_10_11).columns().get(0);
        assertThat(List.of(c.dataType(), String.valueOf(c.length()), String.valueOf(c.precision()),
                String.valueOf(c.scale()), String.valueOf(c.unsigned()))).containsExactly(dataType,
                String.valueOf(length), String.valueOf(precision), String.valueOf(scale), String.valueOf(unsigned));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "c ENUM('a','b''c')  | a,b'c",
            "c SET('x')          | x",
    })
    void keepsEnumElements(String definition, String elements) {
        assertThat(table(definition, ServerFlavor.MARIADB_10_11).columns().get(0).elements())
                .containsExactly(elements.split(","));
    }
}
