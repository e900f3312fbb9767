package io.dmconnect.cli;

import java.util.List;
import java.util.Locale;

/** Upstream vs downstream, one line per target table: row counts, checksums and whether they match. */
final class ChecksumDiff {
    /** A table's row count and order-independent checksum on one side. */
    record Side(long rows, long checksum) {
        Side plus(Side other) {
            return new Side(rows + other.rows, checksum + other.checksum);
        }
    }

    /** One target table: what its upstream tables hold together, and what it holds. */
    record Line(String target, Side up, Side down) {
        boolean matches() {
            return up.equals(down);
        }
    }

    private ChecksumDiff() {
    }

    static boolean allMatch(List<Line> lines) {
        return lines.stream().allMatch(Line::matches);
    }

    static String format(List<Line> lines) {
        int width = Math.max("target table".length(), lines.stream().mapToInt(l -> l.target().length()).max().orElse(0));
        String row = "%-" + width + "s  %9s  %9s  %-16s  %-16s  %s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, row, "target table", "rows up", "rows down",
                "checksum up", "checksum down", "result"));
        for (Line l : lines) {
            sb.append(String.format(Locale.ROOT, row, l.target(), l.up().rows(), l.down().rows(), hex(l.up().checksum()),
                    hex(l.down().checksum()), l.matches() ? "match" : "DIFFERENT"));
        }
        return sb.toString();
    }

    static String hex(long checksum) {
        return String.format(Locale.ROOT, "%016x", checksum);
    }
}
