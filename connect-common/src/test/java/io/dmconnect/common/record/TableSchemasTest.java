package io.dmconnect.common.record;

import static io.dmconnect.common.record.Columns.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.IndexDef.Kind;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableSchemasTest {
    private static final TableId ID = new TableId("shop", "orders");
    private static final List<ColumnDef> COLUMNS = List.of(
            col("id", "bigint(20) unsigned", false, false, null),
            col("email", "varchar(64)", false, false, null),
            col("code", "varchar(8)", true, false, null),
            col("tenant", "int(11)", false, false, null),
            col("total", "decimal(10,2)"));

    @Test
    void valueSchemaHasEveryColumnInOrder() {
        Schema value = TableSchemas.valueSchema(table(), "up1.shop.orders.Value", ConversionOptions.DEFAULTS);
        assertThat(value.name()).isEqualTo("up1.shop.orders.Value");
        assertThat(value.type()).isEqualTo(Schema.Type.STRUCT);
        assertThat(value.isOptional()).isTrue(); // the envelope's before/after are optional
        assertThat(value.fields()).extracting(Field::name).containsExactly("id", "email", "code", "tenant", "total");
        assertThat(value.field("id").schema().isOptional()).isFalse();
        assertThat(value.field("code").schema().isOptional()).isTrue();
    }

    /** DM's identity (dm-semantics §2.11): PK, else the first UNIQUE index whose columns are all NOT NULL. */
    static Stream<Arguments> identities() {
        IndexDef pk = new IndexDef("PRIMARY", Kind.PRIMARY, List.of("id"));
        IndexDef ukNullable = new IndexDef("uk_code", Kind.UNIQUE, List.of("code"));
        IndexDef ukMixed = new IndexDef("uk_mixed", Kind.UNIQUE, List.of("tenant", "code"));
        IndexDef ukEmail = new IndexDef("uk_email", Kind.UNIQUE, List.of("email"));
        IndexDef ukTenant = new IndexDef("uk_tenant_email", Kind.UNIQUE, List.of("tenant", "email"));
        IndexDef plain = new IndexDef("ix_email", Kind.INDEX, List.of("email"));
        return Stream.of(
                Arguments.of("PK wins over an earlier NOT NULL unique key", List.of(ukEmail, pk), List.of("id")),
                Arguments.of("no PK: first NOT NULL unique key", List.of(ukTenant, ukEmail), List.of("tenant", "email")),
                Arguments.of("nullable unique keys are skipped", List.of(ukNullable, ukMixed, ukEmail), List.of("email")),
                Arguments.of("a plain index is no identity", List.of(plain), List.of()),
                Arguments.of("only nullable unique keys: no key", List.of(ukNullable, ukMixed), List.of()),
                Arguments.of("no indexes: no key", List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identities")
    void keySchemaIsDmsRowIdentity(String why, List<IndexDef> indexes, List<String> expected) {
        TableSchema table = new TableSchema(ID, COLUMNS, indexes, null, null, null, null);
        Schema key = TableSchemas.keySchema(table, "up1.shop.orders.Key", ConversionOptions.DEFAULTS);
        if (expected.isEmpty()) {
            assertThat(key).isNull();
            assertThat(TableSchemas.keyPositions(table)).isEmpty();
        } else {
            assertThat(key.name()).isEqualTo("up1.shop.orders.Key");
            assertThat(key.isOptional()).isFalse();
            assertThat(key.fields()).extracting(Field::name).containsExactlyElementsOf(expected);
            assertThat(key.fields()).allMatch(f -> !f.schema().isOptional());
            assertThat(TableSchemas.keyPositions(table))
                    .containsExactlyElementsOf(expected.stream().map(table::indexOf).toList());
        }
    }

    @Test
    void primaryKeyColumnsAreRequiredInTheKeyEvenIfTheTrackerSaysNullable() {
        List<ColumnDef> columns = new ArrayList<>(COLUMNS);
        columns.set(0, col("id", "int(11)", true, false, null));
        TableSchema table = new TableSchema(ID, columns, List.of(new IndexDef("PRIMARY", Kind.PRIMARY, List.of("ID"))),
                null, null, null, null);
        Schema key = TableSchemas.keySchema(table, "k", ConversionOptions.DEFAULTS);
        assertThat(key.field("id").schema().isOptional()).isFalse();
    }

    @Test
    void adjustedAndCollidingColumnNamesAreUniqueFieldsThatKeepTheirColumnName() {
        TableSchema table = TableSchema.of(ID, List.of(col("a-b", "int(11)"), col("a_b", "int(11)"),
                col("1st", "int(11)")), List.of(new IndexDef("PRIMARY", Kind.PRIMARY, List.of("a_b"))));
        Schema value = TableSchemas.valueSchema(table, "v", ConversionOptions.DEFAULTS);
        assertThat(value.fields()).extracting(Field::name).containsExactly("a_b", "a_b_2", "_1st");
        assertThat(value.field("a_b").schema().parameters()).containsEntry(LogicalTypes.COLUMN_NAME, "a-b");
        assertThat(value.field("a_b_2").schema().parameters()).containsEntry(LogicalTypes.COLUMN_NAME, "a_b");
        assertThat(value.field("_1st").schema().parameters()).containsEntry(LogicalTypes.COLUMN_NAME, "1st");
        Schema key = TableSchemas.keySchema(table, "k", ConversionOptions.DEFAULTS);
        assertThat(key.fields()).extracting(Field::name).containsExactly("a_b_2");
    }

    @Test
    void aPrimaryKeyOnAnUnknownColumnIsAnError() {
        TableSchema table = TableSchema.of(ID, COLUMNS, List.of(new IndexDef("PRIMARY", Kind.PRIMARY, List.of("nope"))));
        assertThatThrownBy(() -> TableSchemas.keySchema(table, "k", ConversionOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    private static TableSchema table() {
        return TableSchema.of(ID, COLUMNS, List.of(new IndexDef("PRIMARY", Kind.PRIMARY, List.of("id"))));
    }
}
