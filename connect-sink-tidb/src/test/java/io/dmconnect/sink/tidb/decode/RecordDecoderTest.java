package io.dmconnect.sink.tidb.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.record.Envelope;
import io.dmconnect.common.record.RecordHeaders;
import io.dmconnect.common.record.SchemaChangeRecord;
import io.dmconnect.common.record.SourceBlock;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {
    private static final Schema ROW = SchemaBuilder.struct().optional().field("id", Schema.INT64_SCHEMA).field("v", Schema.OPTIONAL_STRING_SCHEMA).build();
    private final RecordDecoder decoder = new RecordDecoder();

    private static Struct ourSource() {
        return new Struct(SourceBlock.SCHEMA).put("version", "0.1").put("connector", "mysql").put("name", "up1").put("ts_ms", 1L)
                .put("db", "shop").put("table", "orders").put("server_id", 1L).put("file", "mysql-bin.000003").put("pos", 400L)
                .put("event", 2L).put("row", 5).put("source_id", "src-1");
    }

    private static SinkRecord record(Schema schema, Object value, ConnectHeaders headers) {
        return new SinkRecord("t", 0, null, null, schema, value, 42L, 0L, null, headers);
    }

    @Test
    void readsOurEnvelope() {
        Schema env = Envelope.schema("up1.shop.orders.Envelope", ROW);
        Struct v = new Struct(env).put("before", new Struct(ROW).put("id", 1L).put("v", "a"))
                .put("after", new Struct(ROW).put("id", 1L).put("v", "b")).put("source", ourSource()).put("op", "u");
        Change.Row row = (Change.Row) decoder.decode(record(env, v, new ConnectHeaders()));
        assertThat(row.upstream()).isEqualTo(new TableId("shop", "orders"));
        assertThat(row.op()).isEqualTo(Envelope.Op.UPDATE);
        assertThat(row.before()).containsEntry("v", "a");
        assertThat(row.after()).containsEntry("id", 1L).containsEntry("v", "b");
        assertThat(row.pos()).isEqualTo(new SourcePos("src-1", "mysql-bin.000003", 400, 2, 5));
    }

    @Test
    void readsDebeziumsEnvelopeWhoseSourceBlockDiffers() {
        Schema dbzSource = SchemaBuilder.struct().name("io.debezium.connector.mysql.Source")
                .field("version", Schema.STRING_SCHEMA).field("connector", Schema.STRING_SCHEMA).field("name", Schema.STRING_SCHEMA)
                .field("ts_ms", Schema.INT64_SCHEMA).field("db", Schema.STRING_SCHEMA).field("table", Schema.OPTIONAL_STRING_SCHEMA)
                .field("server_id", Schema.INT64_SCHEMA).field("gtid", Schema.OPTIONAL_STRING_SCHEMA)
                .field("file", Schema.STRING_SCHEMA).field("pos", Schema.INT64_SCHEMA).field("row", Schema.INT32_SCHEMA).build();
        Schema env = SchemaBuilder.struct().field("before", ROW).field("after", ROW).field("source", dbzSource)
                .field("op", Schema.STRING_SCHEMA).field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA).build();
        Struct source = new Struct(dbzSource).put("version", "3.5").put("connector", "mariadb").put("name", "dbz").put("ts_ms", 1L)
                .put("db", "shop").put("table", "orders").put("server_id", 1L).put("file", "mysql-bin.000001").put("pos", 77L).put("row", 1);
        Struct v = new Struct(env).put("after", new Struct(ROW).put("id", 9L)).put("source", source).put("op", "c");
        Change.Row row = (Change.Row) decoder.decode(record(env, v, new ConnectHeaders()));
        assertThat(row.pos()).isEqualTo(new SourcePos("dbz", "mysql-bin.000001", 77, 0, 1));
        assertThat(row.before()).isEmpty();
    }

    @Test
    void readsDdlRecordsSkipsTombstonesAndRejectsSchemalessValues() {
        Struct ddl = new Struct(SchemaChangeRecord.SCHEMA).put("source", ourSource()).put("ts_ms", 5L)
                .put("ddl", "ALTER TABLE `shop`.`orders` ADD COLUMN `c` INT").put("kind", "ALTER_TABLE").put("db", "shop")
                .put("table", "orders").put("partition", 0).put("partitions", 1).put("time_zone", "+08:00");
        ConnectHeaders h = new ConnectHeaders();
        h.addString(RecordHeaders.DDL, "true");
        Change.Ddl d = (Change.Ddl) decoder.decode(record(SchemaChangeRecord.SCHEMA, ddl, h));
        assertThat(d.kind()).isEqualTo("ALTER_TABLE");
        assertThat(d.after()).isNull();
        assertThat(d.partitions()).isEqualTo(1);
        assertThat(d.timeZone()).isEqualTo("+08:00");

        assertThat(decoder.decode(record(null, null, new ConnectHeaders()))).isInstanceOf(Change.Skip.class);
        assertThatThrownBy(() -> decoder.decode(record(null, Map.of("id", 1), new ConnectHeaders())))
                .isInstanceOf(DataException.class).hasMessageContaining("schemas.enable=true");
    }
}
