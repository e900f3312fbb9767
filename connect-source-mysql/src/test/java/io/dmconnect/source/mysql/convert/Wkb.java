package io.dmconnect.source.mysql.convert;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian WKB (OGC Simple Features) and MySQL's stored form, for tests. */
final class Wkb {
    private Wkb() {
    }

    static byte[] point(double x, double y) {
        return header(1, 16).putDouble(x).putDouble(y).array();
    }

    static byte[] lineString(double... xy) {
        ByteBuffer b = header(2, 4 + xy.length * 8).putInt(xy.length / 2);
        for (double v : xy) {
            b.putDouble(v);
        }
        return b.array();
    }

    /** One ring. */
    static byte[] polygon(double... xy) {
        ByteBuffer b = header(3, 8 + xy.length * 8).putInt(1).putInt(xy.length / 2);
        for (double v : xy) {
            b.putDouble(v);
        }
        return b.array();
    }

    /** MySQL's and MariaDB's storage: a 4-byte little-endian SRID, then the WKB. */
    static byte[] stored(int srid, byte[] wkb) {
        return ByteBuffer.allocate(4 + wkb.length).order(ByteOrder.LITTLE_ENDIAN).putInt(srid).put(wkb).array();
    }

    private static ByteBuffer header(int type, int body) {
        return ByteBuffer.allocate(5 + body).order(ByteOrder.LITTLE_ENDIAN).put((byte) 1).putInt(type);
    }
}
