package io.dmconnect.common.rules.expr.value;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A hexadecimal or bit literal ({@code x'1234'}, {@code 0x1F}, {@code b'101'}): a binary string that is a number in
 * numeric context, exactly as MySQL treats it ({@code x'41' = 'A'} and {@code x'01' = 1} are both true).
 */
public final class BitString {
    private final byte[] bytes;

    public BitString(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static BitString ofHex(String hexDigits) {
        String digits = hexDigits.length() % 2 == 0 ? hexDigits : "0" + hexDigits;
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return new BitString(out);
    }

    public static BitString ofBits(String bitDigits) {
        if (bitDigits.isEmpty()) {
            return new BitString(new byte[0]);
        }
        BigInteger value = new BigInteger(bitDigits, 2);
        int length = (bitDigits.length() + 7) / 8;
        byte[] raw = value.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return new BitString(out);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The unsigned big-endian value: a Long when it fits, else a BigInteger. */
    public Number toNumber() {
        BigInteger value = new BigInteger(1, bytes);
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitString other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder("x'");
        for (byte b : bytes) {
            hex.append(String.format("%02X", b));
        }
        return hex.append('\'').toString();
    }
}
