package io.dmconnect.source.mysql.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializationException;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.MissingTableMapEventException;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import io.dmconnect.common.TableId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DM's trick on real MariaDB events ({@link CapturedBinlog}, table {@code tm.pin}, table id 24): the row data of a
 * blocked table is never decoded. The proof: row images cut short after {@code keep} bytes of the body cannot be
 * decoded, yet they pass for a blocked table; for a captured table the same bytes fail.
 */
class BlockedRowsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final TableId PIN = new TableId("tm", "pin");
    private static final int HEADER = 19;
    private static final int CHECKSUM = 4;
    /** Rows v1 body: table id (6), flags (2), column count (1: 39 columns), column bitmap (5). */
    private static final int V1_BEFORE_ROWS = 6 + 2 + 1 + 5;
    /** EXT (v2) rows events add the extra-data length (2, counting itself) after the flags. */
    private static final int EXT_TYPE_OFFSET = 7;

    /** An event kind, as captured (v1) or turned into its MySQL v2 (EXT_*) form. */
    enum Kind {
        WRITE(CapturedBinlog.WRITE_MINIMA, V1_BEFORE_ROWS, UndecodedRows.Write.class),
        UPDATE(CapturedBinlog.UPDATE_NULLS, V1_BEFORE_ROWS + 5, UndecodedRows.Update.class),
        DELETE(CapturedBinlog.DELETE_MINIMA, V1_BEFORE_ROWS, UndecodedRows.Delete.class);

        final String hex;
        final int beforeRows;
        final Class<?> undecoded;

        Kind(String hex, int beforeRows, Class<?> undecoded) {
            this.hex = hex;
            this.beforeRows = beforeRows;
            this.undecoded = undecoded;
        }
    }

    @ParameterizedTest(name = "{0} ext={1}")
    @CsvSource({"WRITE, false", "UPDATE, false", "DELETE, false", "WRITE, true", "UPDATE, true", "DELETE, true"})
    void theRowsOfABlockedTableAreNotDecoded(Kind kind, boolean ext) throws IOException {
        byte[] broken = cutRowImage(event(kind, ext), kind.beforeRows + (ext ? 2 : 0) + 3);
        List<Event> events = read(BinlogDeserializers.configure(new EventDeserializer(), table -> false), broken);
        EventData data = events.get(2).getData();
        assertThat(data).isInstanceOf(kind.undecoded);
        assertThat(((UndecodedRows) data).getTableId()).isEqualTo(24);
        assertThat(rows(data)).isEmpty();
    }

    @ParameterizedTest(name = "{0} ext={1}")
    @CsvSource({"WRITE, false", "UPDATE, false", "DELETE, false", "WRITE, true", "UPDATE, true", "DELETE, true"})
    void theSameBytesFailForACapturedTable(Kind kind, boolean ext) {
        byte[] broken = cutRowImage(event(kind, ext), kind.beforeRows + (ext ? 2 : 0) + 3);
        EventDeserializer captured = BinlogDeserializers.configure(new EventDeserializer(), PIN::equals);
        assertThatThrownBy(() -> read(captured, broken)).isInstanceOf(EventDataDeserializationException.class);
    }

    @ParameterizedTest(name = "{0} ext={1}")
    @CsvSource({"WRITE, false", "UPDATE, false", "DELETE, false", "WRITE, true", "UPDATE, true", "DELETE, true"})
    void aCapturedTablesRowsAreDecodedAsBefore(Kind kind, boolean ext) throws IOException {
        List<Event> events = read(BinlogDeserializers.configure(new EventDeserializer(), PIN::equals), event(kind, ext));
        EventData data = events.get(2).getData();
        assertThat(data).isNotInstanceOf(UndecodedRows.class);
        assertThat(rows(data)).hasSize(1);
    }

    @Test
    void theDecisionIsAskedOncePerSchemaAndTableNotPerTableId() throws IOException {
        List<TableId> asked = new ArrayList<>();
        Predicate<TableId> blockAll = table -> {
            asked.add(table);
            return false;
        };
        byte[] otherId = HEX.parseHex(CapturedBinlog.TABLE_MAP);
        otherId[HEADER] = 25; // the server reopened the table: same name, new id
        byte[] rowsOfOtherId = HEX.parseHex(CapturedBinlog.WRITE_NULLS);
        rowsOfOtherId[HEADER] = 25;
        List<Event> events = read(BinlogDeserializers.configure(new EventDeserializer(), blockAll),
                HEX.parseHex(CapturedBinlog.WRITE_MINIMA), HEX.parseHex(CapturedBinlog.DELETE_MINIMA), otherId,
                rowsOfOtherId);
        EventData last = events.get(5).getData();
        assertThat(last).isInstanceOf(UndecodedRows.Write.class);
        assertThat(((UndecodedRows) last).getTableId()).isEqualTo(25);
        assertThat(asked).containsExactly(PIN);
    }

    @Test
    void rowsWithoutATableMapFailAsTheLibraryReportsThem() {
        byte[] unknownId = HEX.parseHex(CapturedBinlog.WRITE_NULLS);
        unknownId[HEADER] = 99;
        EventDeserializer blockAll = BinlogDeserializers.configure(new EventDeserializer(), table -> false);
        assertThatThrownBy(() -> read(blockAll, unknownId)).isInstanceOf(EventDataDeserializationException.class)
                .hasRootCauseInstanceOf(MissingTableMapEventException.class);
    }

    private static byte[] event(Kind kind, boolean ext) {
        byte[] v1 = HEX.parseHex(kind.hex);
        if (!ext) {
            return v1;
        }
        // EXT_WRITE_ROWS (30) = WRITE_ROWS (23) + 7, and so on; insert an empty extra-data block (length 2)
        int flagsEnd = HEADER + 6 + 2;
        byte[] v2 = new byte[v1.length + 2];
        System.arraycopy(v1, 0, v2, 0, flagsEnd);
        v2[flagsEnd] = 2;
        System.arraycopy(v1, flagsEnd, v2, flagsEnd + 2, v1.length - flagsEnd);
        v2[4] = (byte) (v1[4] + EXT_TYPE_OFFSET);
        return withLength(v2, v2.length);
    }

    /** The event with its body cut after {@code keep} bytes: a row image that ends in the middle. */
    private static byte[] cutRowImage(byte[] event, int keep) {
        byte[] cut = Arrays.copyOf(event, HEADER + keep + CHECKSUM);
        System.arraycopy(event, event.length - CHECKSUM, cut, HEADER + keep, CHECKSUM);
        return withLength(cut, cut.length);
    }

    private static byte[] withLength(byte[] event, int length) {
        ByteBuffer.wrap(event).order(ByteOrder.LITTLE_ENDIAN).putInt(9, length);
        return event;
    }

    private static List<?> rows(EventData data) {
        if (data instanceof WriteRowsEventData w) {
            return w.getRows();
        }
        if (data instanceof UpdateRowsEventData u) {
            return u.getRows();
        }
        return ((DeleteRowsEventData) data).getRows();
    }

    private static List<Event> read(EventDeserializer deserializer, byte[]... rowsEvents) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(HEX.parseHex(CapturedBinlog.FORMAT_DESCRIPTION));
        all.writeBytes(HEX.parseHex(CapturedBinlog.TABLE_MAP));
        Arrays.stream(rowsEvents).forEach(all::writeBytes);
        ByteArrayInputStream in = new ByteArrayInputStream(all.toByteArray());
        List<Event> events = new ArrayList<>();
        for (Event e = deserializer.nextEvent(in); e != null; e = deserializer.nextEvent(in)) {
            events.add(e);
        }
        return events;
    }
}
