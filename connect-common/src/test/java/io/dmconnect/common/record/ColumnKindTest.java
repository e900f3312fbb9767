package io.dmconnect.common.record;

import static io.dmconnect.common.record.Columns.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.schema.ColumnDef;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnKindTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "int, INT", "integer, INT", "INT4, INT", "bool, TINYINT", "boolean, TINYINT", "int1, TINYINT",
            "int2, SMALLINT", "int3, MEDIUMINT", "middleint, MEDIUMINT", "int8, BIGINT", "serial, BIGINT",
            "numeric, DECIMAL", "dec, DECIMAL", "fixed, DECIMAL", "real, DOUBLE", "double precision, DOUBLE",
            "float4, FLOAT", "float8, DOUBLE", "nchar, TEXT", "nvarchar, TEXT", "long varchar, TEXT",
            "mediumtext, TEXT", "long varbinary, BYTES", "tinyblob, BYTES", "binary, FIXED_BINARY",
            "geomcollection, GEOMETRY", "multipolygon, GEOMETRY", "point, POINT", "json, JSON", "year, YEAR",
    })
    void knowsMySqlsTypeNamesAndAliases(String dataType, ColumnKind kind) {
        assertThat(ColumnKind.of(dataType(dataType))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} binary -> {1}")
    @CsvSource({"char(4), FIXED_BINARY", "varchar(4), BYTES", "text, BYTES", "longtext, BYTES"})
    void theBinaryCharsetMeansBytes(String columnType, ColumnKind kind) {
        assertThat(ColumnKind.of(col("c", columnType, true, false, "binary"))).isEqualTo(kind);
        assertThat(ColumnKind.of(col("c", columnType, true, false, "latin1"))).isEqualTo(ColumnKind.TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "inet6", "inet4", "vector", "xml", "money"})
    void unknownTypesAreErrors(String dataType) {
        assertThatThrownBy(() -> ColumnKind.of(dataType(dataType)))
                .isInstanceOf(DataException.class).hasMessageContaining("column c has type " + dataType);
    }

    private static ColumnDef dataType(String dataType) {
        return new ColumnDef("c", dataType, dataType, null, null, null, false, true, null, false, false, null, null,
                List.of(), false);
    }
}
