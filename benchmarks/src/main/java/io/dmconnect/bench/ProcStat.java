package io.dmconnect.bench;

/**
 * The CPU time fields of a Linux {@code /proc/<pid>/stat} line (proc(5)), in clock ticks: {@code utime} and
 * {@code stime} (fields 14 and 15), and {@code cutime} and {@code cstime} (16 and 17: the CPU of the children the
 * process has waited for). The command name (field 2) is in parentheses and may itself contain spaces and
 * parentheses, so fields are counted from the last ')'.
 */
public record ProcStat(long userTicks, long systemTicks, long childUserTicks, long childSystemTicks) {
    /** utime is field 14; the first field after the command name is field 3 (state). */
    private static final int UTIME_AFTER_COMM = 14 - 3;

    /** The process's own threads. */
    public long totalTicks() {
        return userTicks + systemTicks;
    }

    /** Its children that ended and were waited for (a pipeline of client programs, once it is done). */
    public long childTicks() {
        return childUserTicks + childSystemTicks;
    }

    /** @throws IllegalArgumentException when the line is not a stat line */
    public static ProcStat parse(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0 || line.indexOf('(') < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line (no command name in parentheses): " + line);
        }
        String[] fields = line.substring(close + 1).trim().split("\\s+");
        if (fields.length <= UTIME_AFTER_COMM + 3) {
            throw new IllegalArgumentException("a /proc/<pid>/stat line with " + fields.length
                    + " fields after the command name, fewer than 15: " + line);
        }
        try {
            return new ProcStat(Long.parseLong(fields[UTIME_AFTER_COMM]), Long.parseLong(fields[UTIME_AFTER_COMM + 1]),
                    Long.parseLong(fields[UTIME_AFTER_COMM + 2]), Long.parseLong(fields[UTIME_AFTER_COMM + 3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CPU times of a /proc/<pid>/stat line are not numbers: " + line, e);
        }
    }
}
