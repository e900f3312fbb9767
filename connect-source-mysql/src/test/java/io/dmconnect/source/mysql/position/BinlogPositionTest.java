package io.dmconnect.source.mysql.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinlogPositionTest {

    @Test
    void roundTripsThroughTheOffsetMapIncludingJsonIntegers() {
        BinlogPosition p = new BinlogPosition("mysql-bin.000003", 4567, "0-101-42,1-102-7", 2, 15, 101, 1_700_000_000);
        assertThat(BinlogPosition.fromOffset(p.toOffset())).isEqualTo(p);

        Map<String, Object> json = new HashMap<>(p.toOffset());
        json.put("pos", 4567); // JsonConverter hands small numbers back as Integer
        json.put("row", 15);
        assertThat(BinlogPosition.fromOffset(json)).isEqualTo(p);
    }

    @Test
    void missingOrWrongKeysAreClearErrors() {
        assertThatThrownBy(() -> BinlogPosition.fromOffset(Map.of("pos", 4L))).hasMessageContaining("no binlog file");
        assertThatThrownBy(() -> BinlogPosition.fromOffset(Map.of("file", "f.1", "pos", "x")))
                .hasMessageContaining("pos is not a number");
    }

    @ParameterizedTest
    @CsvSource({
            "mysql-bin.000009, 100, 0, 0, mysql-bin.000010, 4,   0, 0, -1",
            "mysql-bin.999999, 100, 0, 0, mysql-bin.1000000, 4,  0, 0, -1",
            "mysql-bin.000010, 100, 0, 0, mysql-bin.000010, 99,  0, 0, 1",
            "mysql-bin.000010, 100, 1, 5, mysql-bin.000010, 100, 2, 0, -1",
            "mysql-bin.000010, 100, 2, 5, mysql-bin.000010, 100, 2, 6, -1",
            "mysql-bin.000010, 100, 2, 6, mysql-bin.000010, 100, 2, 6, 0",
    })
    void ordersByFileNumberThenPositionThenEventThenRow(String f1, long p1, long e1, long r1,
                                                         String f2, long p2, long e2, long r2, int expected) {
        BinlogPosition a = new BinlogPosition(f1, p1, "", e1, r1, 0, 0);
        BinlogPosition b = new BinlogPosition(f2, p2, "", e2, r2, 0, 0);
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(expected);
        assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-expected);
    }
}
