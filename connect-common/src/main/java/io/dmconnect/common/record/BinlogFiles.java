package io.dmconnect.common.record;

/** Binlog file names in the order the server writes them: the numeric suffix compares as a number. */
public final class BinlogFiles {
    private BinlogFiles() {
    }

    /**
     * {@code mysql-bin.000010} after {@code mysql-bin.000009}; a longer suffix (after .999999) is later.
     *
     * <p>The sink compares a position per row (checkpoints), so this allocates nothing: no substrings, no streams.
     */
    public static int compare(String a, String b) {
        int dotA = a.lastIndexOf('.');
        int dotB = b.lastIndexOf('.');
        if (dotA >= 0 && dotA == dotB && a.regionMatches(0, b, 0, dotA)
                && allDigits(a, dotA + 1) && allDigits(b, dotB + 1)) {
            return Long.compare(Long.parseLong(a, dotA + 1, a.length(), 10), Long.parseLong(b, dotB + 1, b.length(), 10));
        }
        return a.compareTo(b);
    }

    /** A nonempty run of digits ({@link Character#isDigit(char)}) from {@code from} to the end. */
    private static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
