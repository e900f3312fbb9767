package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.schema.ColumnDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DM's needChangeColumnData: tracked COLUMN_TYPE vs the type a MODIFY writes. */
class ColumnTypeComparatorTest {

    private static EventType compare(String trackedType, String newDefinition) {
        ColumnType from = ColumnType.of(ColumnDef.of("c", trackedType));
        ColumnType to = ColumnType.of(ColumnSpecReader.read(SqlTokenizer.tokenize("c " + newDefinition)));
        return ColumnTypeComparator.compare(from, to);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // DECIMAL: any precision, scale or sign change rewrites data
            "decimal(10,2)          | decimal(10,1)          | precision decrease",
            "decimal(10,2)          | decimal(12,2)          | precision decrease",
            "decimal(10,2)          | decimal(10,2) unsigned | precision decrease",
            "decimal(10,2)          | numeric(10,2)          | alter table",
            "decimal(10,0)          | decimal                | alter table",
            "decimal(12,0)          | decimal(12)            | alter table",
            "decimal(10,2)          | decimal(10,2) zerofill | precision decrease",
            // ENUM/SET: appending is fine, anything else changes values
            "enum('a','b')          | enum('a','b','c')      | alter table",
            "enum('a','b')          | enum('a')              | value range decrease",
            "enum('a','b')          | enum('b','a')          | value range decrease",
            "enum('a','b')          | enum('a','B')          | value range decrease",
            "set('a','b')           | set('a','b')           | alter table",
            "set('a','b')           | set('a','c')           | value range decrease",
            "enum('a')              | set('a')               | modify column",
            // integers: same type only the sign matters; across types the default width
            "int(11)                | int unsigned           | precision decrease",
            "int(10) unsigned       | int                    | precision decrease",
            "int(11)                | int(5)                 | alter table",
            "int                    | integer                | alter table",
            "int(11)                | bigint                 | alter table",
            "bigint(20)             | int(11)                | value range decrease",
            "mediumint(9)           | smallint(6)            | value range decrease",
            "tinyint(4)             | smallint               | alter table",
            "int(11)                | bigint unsigned        | value range decrease",
            "tinyint(1)             | bool                   | alter table",
            "smallint               | int1                   | value range decrease",
            // BINARY pads with \\0: any length change; CHAR lengths are not checked at all
            "binary(16)             | binary(32)             | precision decrease",
            "binary(16)             | binary(16)             | alter table",
            "binary(1)              | binary                 | alter table",
            "char(20)               | char(10)               | alter table",
            "char(10)               | binary(10)             | alter table",
            // other same-type changes: shorter or fewer decimals
            "varchar(20)            | varchar(10)            | value range decrease",
            "varchar(20)            | varchar(30)            | alter table",
            "varchar(20)            | character varying(10)  | value range decrease",
            "varbinary(20)          | varbinary(10)          | value range decrease",
            "varchar(10)            | varbinary(10)          | alter table",
            "bit(8)                 | bit(4)                 | value range decrease",
            "bit(1)                 | bit                    | alter table",
            "datetime(6)            | datetime(3)            | value range decrease",
            "datetime(3)            | datetime               | value range decrease",
            "datetime               | datetime(6)            | alter table",
            "time(3)                | time(2)                | value range decrease",
            "double                 | double(10,2)           | value range decrease",
            "float(10,2)            | float                  | value range decrease",
            "float(10,2)            | float(10,4)            | alter table",
            "double unsigned        | double                 | value range decrease",
            "json                   | json                   | alter table",
            "year(4)                | year                   | alter table",
            "text                   | blob                   | alter table",
            "text                   | text(10)               | modify column",
            // CHAR <-> VARCHAR (and BINARY <-> VARBINARY) always
            "char(10)               | varchar(10)            | modify column",
            "varchar(10)            | char(10)               | modify column",
            "varbinary(10)          | binary(10)             | modify column",
            "varchar(10)            | nchar(10)              | modify column",
            // within the string family: shorter rewrites, longer does not
            "varchar(100)           | text                   | alter table",
            "text                   | varchar(100)           | modify column",
            "text                   | tinytext               | modify column",
            "tinytext               | mediumtext             | alter table",
            "longtext               | long varchar           | modify column",
            "blob                   | varbinary(100)         | modify column",
            "char(10)               | text                   | alter table",
            // any other change of type
            "varchar(10)            | int                    | modify column",
            "int                    | varchar(10)            | modify column",
            "int                    | decimal(20,0)          | modify column",
            "float                  | double                 | modify column",
            "float                  | float(30)              | modify column",
            "datetime               | timestamp              | modify column",
            "date                   | datetime               | modify column",
            "enum('a')              | varchar(10)            | modify column",
            "json                   | longtext               | modify column",
            "geometry               | point                  | alter table",
    })
    void comparesTypesAsDm(String tracked, String definition, String expected) {
        assertThat(compare(tracked, definition)).isEqualTo(EventType.fromSpelling(expected).orElseThrow());
    }
}
