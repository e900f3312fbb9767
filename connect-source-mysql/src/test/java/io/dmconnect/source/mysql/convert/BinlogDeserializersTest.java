package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializationException;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinlogDeserializersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "WRITE_ROWS, LosslessRowsDeserializers$Write", "EXT_WRITE_ROWS, LosslessRowsDeserializers$Write",
            "UPDATE_ROWS, LosslessRowsDeserializers$Update", "EXT_UPDATE_ROWS, LosslessRowsDeserializers$Update",
            "DELETE_ROWS, LosslessRowsDeserializers$Delete", "EXT_DELETE_ROWS, LosslessRowsDeserializers$Delete",
            "TABLE_MAP, BinlogDeserializers$TableMapTracker", "QUERY, QueryEventDecoder",
            "TRANSACTION_PAYLOAD, BinlogDeserializers$CompressedTransactionRefusal",
    })
    void replacesTheLossyDeserializers(EventType type, String deserializer) {
        EventDeserializer configured = BinlogDeserializers.configure(new EventDeserializer());
        assertThat(configured.getEventDataDeserializer(type).getClass().getName())
                .isEqualTo(BinlogDeserializers.class.getPackageName() + "." + deserializer);
    }

    @Test
    void refusesCompressedTransactionsWithWhatToDo() {
        EventDeserializer configured = BinlogDeserializers.configure(new EventDeserializer());
        byte[] event = ByteBuffer.allocate(19 + 3).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0).put((byte) 40) // header: timestamp, type TRANSACTION_PAYLOAD_EVENT (40),
                .putInt(1).putInt(22).putInt(0).putShort((short) 0) // server id, length, next position, flags
                .put(new byte[] {1, 2, 3}).array();
        assertThatThrownBy(() -> configured.nextEvent(new ByteArrayInputStream(event)))
                .isInstanceOf(EventDataDeserializationException.class)
                .hasRootCauseMessage(BinlogDeserializers.CompressedTransactionRefusal.MESSAGE);
    }
}
