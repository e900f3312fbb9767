package io.dmconnect.common.record;

/** Binlog file names in the order the server writes them: the numeric suffix compares as a number. */
public final class BinlogFiles {
    private BinlogFiles() {
    }

    /** {@code mysql-bin.000010} after {@code mysql-bin.000009}; a longer suffix (after .999999) is later. */
    public static int compare(String a, String b) {
        int dotA = a.lastIndexOf('.');
        int dotB = b.lastIndexOf('.');
        if (dotA >= 0 && dotB >= 0 && a.substring(0, dotA).equals(b.substring(0, dotB))) {
            String na = a.substring(dotA + 1);
            String nb = b.substring(dotB + 1);
            if (!na.isEmpty() && !nb.isEmpty() && na.chars().allMatch(Character::isDigit) && nb.chars().allMatch(Character::isDigit)) {
                return Long.compare(Long.parseLong(na), Long.parseLong(nb));
            }
        }
        return a.compareTo(b);
    }
}
