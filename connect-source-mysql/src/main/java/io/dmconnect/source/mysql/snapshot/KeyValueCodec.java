package io.dmconnect.source.mysql.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.dmconnect.source.mysql.convert.RawTemporal;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Chunk boundaries (lists of key cells) as JSON for Connect offsets, round-tripping every cell exactly: each cell
 * is a pair [type, text] with numbers as decimal text (BIGINT UNSIGNED and DECIMAL never pass through a double),
 * bytes as base64 and temporal values field by field.
 */
public final class KeyValueCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyValueCodec() {
    }

    public static String write(List<Serializable[]> keys) {
        ArrayNode all = JSON.createArrayNode();
        for (Serializable[] key : keys) {
            ArrayNode row = all.addArray();
            for (Serializable cell : key) {
                if (cell == null) {
                    row.addNull();
                } else {
                    row.addArray().add(tag(cell)).add(text(cell));
                }
            }
        }
        return all.toString();
    }

    public static List<Serializable[]> read(String json) {
        try {
            List<Serializable[]> keys = new ArrayList<>();
            for (JsonNode row : JSON.readTree(json)) {
                Serializable[] key = new Serializable[row.size()];
                for (int i = 0; i < key.length; i++) {
                    JsonNode cell = row.get(i);
                    key[i] = cell.isNull() ? null : cell(cell.get(0).asText(), cell.get(1).asText());
                }
                keys.add(key);
            }
            return keys;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ConnectException("the snapshot plan in the connector's offsets has unreadable chunk boundaries ("
                    + e.getMessage() + "): delete the connector's offsets to snapshot again", e);
        }
    }

    private static String tag(Serializable cell) {
        if (cell instanceof RawTemporal t) {
            return t instanceof RawTemporal.Date ? "date" : t instanceof RawTemporal.DateTime ? "datetime"
                    : t instanceof RawTemporal.Time ? "time" : "timestamp";
        }
        if (cell instanceof byte[]) {
            return "bytes";
        }
        if (cell instanceof BitSet) {
            return "bits";
        }
        if (cell instanceof BigDecimal) {
            return "dec";
        }
        String tag = cell instanceof Integer ? "int" : cell instanceof Long ? "long" : cell instanceof Float ? "float"
                : cell instanceof Double ? "double" : cell instanceof String ? "str" : null;
        if (tag == null) {
            throw new IllegalArgumentException("not a key cell: " + cell.getClass().getName());
        }
        return tag;
    }

    private static String text(Serializable cell) {
        if (cell instanceof Float f) {
            return Integer.toString(Float.floatToRawIntBits(f));
        }
        if (cell instanceof Double d) {
            return Long.toString(Double.doubleToRawLongBits(d));
        }
        if (cell instanceof BitSet b) {
            return Long.toUnsignedString(b.isEmpty() ? 0 : b.toLongArray()[0]);
        }
        if (cell instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (cell instanceof RawTemporal.Date d) {
            return d.year() + "," + d.month() + "," + d.day();
        }
        if (cell instanceof RawTemporal.DateTime d) {
            return d.year() + "," + d.month() + "," + d.day() + "," + d.hour() + "," + d.minute() + "," + d.second()
                    + "," + d.micros();
        }
        if (cell instanceof RawTemporal.Time t) {
            return (t.negative() ? "-" : "+") + "," + t.hours() + "," + t.minutes() + "," + t.seconds() + "," + t.micros();
        }
        if (cell instanceof RawTemporal.Timestamp t) {
            return t.epochSecond() + "," + t.micros();
        }
        return cell.toString(); // integers, BigDecimal (keeps its scale), String
    }

    private static Serializable cell(String tag, String text) {
        String[] p = text.split(",");
        return switch (tag) {
            case "int" -> Integer.valueOf(text);
            case "long" -> Long.valueOf(text);
            case "dec" -> new BigDecimal(text);
            case "float" -> Float.intBitsToFloat(Integer.parseInt(text));
            case "double" -> Double.longBitsToDouble(Long.parseLong(text));
            case "bits" -> BitSet.valueOf(new long[] {Long.parseUnsignedLong(text)});
            case "bytes" -> Base64.getDecoder().decode(text);
            case "str" -> text;
            case "date" -> new RawTemporal.Date(i(p[0]), i(p[1]), i(p[2]));
            case "datetime" -> new RawTemporal.DateTime(i(p[0]), i(p[1]), i(p[2]), i(p[3]), i(p[4]), i(p[5]), i(p[6]));
            case "time" -> new RawTemporal.Time(p[0].equals("-"), i(p[1]), i(p[2]), i(p[3]), i(p[4]));
            case "timestamp" -> new RawTemporal.Timestamp(Long.parseLong(p[0]), i(p[1]));
            default -> throw new IllegalArgumentException("unknown key cell type " + tag);
        };
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }
}
