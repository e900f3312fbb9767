package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.source.mysql.convert.RawTemporal;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class KeyValueCodecTest {
    @Test
    void everyKeyCellRoundTripsExactly() {
        Serializable[] key = {Integer.MIN_VALUE, -1L, Long.MIN_VALUE, new BigDecimal("99999999999999999999.000000000001"),
                new BigDecimal("1.10"), Float.MIN_VALUE, -0.0f, 0.1, Double.MAX_VALUE, BitSet.valueOf(new long[] {-1L}),
                new byte[] {0, (byte) 0xFF, 0x7F}, "Grüße, 世界 😀 \"q\" \\ ,", new RawTemporal.Date(0, 0, 0),
                new RawTemporal.DateTime(9999, 12, 31, 23, 59, 59, 999_999), new RawTemporal.Time(true, 838, 59, 59, 10_000),
                new RawTemporal.Timestamp(2_147_483_647L, 1), null};
        List<Serializable[]> back = KeyValueCodec.read(KeyValueCodec.write(List.of(key, new Serializable[] {7})));
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).usingRecursiveComparison().isEqualTo(key);
        assertThat(back.get(0)[3]).isEqualTo(key[3]); // BigDecimal equality includes the scale
        assertThat(back.get(0)[4]).isEqualTo(new BigDecimal("1.10"));
        assertThat(Float.floatToRawIntBits((Float) back.get(0)[6])).isEqualTo(Float.floatToRawIntBits(-0.0f));
        assertThat((byte[]) back.get(0)[10]).containsExactly(0, 0xFF, 0x7F);
        assertThat(back.get(1)).containsExactly(7);
    }

    @Test
    void noBoundariesIsAnEmptyList() {
        assertThat(KeyValueCodec.write(List.of())).isEqualTo("[]");
        assertThat(KeyValueCodec.read("[]")).isEmpty();
    }

    @Test
    void garbageSaysWhatToDo() {
        assertThatThrownBy(() -> KeyValueCodec.read("[[[\"nope\",\"1\"]]]")).isInstanceOf(ConnectException.class)
                .hasMessageContaining("delete the connector's offsets");
    }
}
