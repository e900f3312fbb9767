package io.dmconnect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a run measured on, as the report states it: CPU model, logical CPUs the JVM sees, memory, the load
 * average just before the run (other work on a shared box skews the figures), Java and kernel versions.
 */
public record MachineFacts(String cpuModel, int logicalCpus, long memTotalMb, String loadBefore, String java,
        String kernel) {

    /** Reads /proc and the JVM's properties. */
    public static MachineFacts read() {
        return new MachineFacts(cpuModel(readOr("/proc/cpuinfo")), Runtime.getRuntime().availableProcessors(),
                memTotalKb(readOr("/proc/meminfo")) / 1024, loadAverage(readOr("/proc/loadavg")),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The first "model name" of /proc/cpuinfo, or "unknown". */
    static String cpuModel(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (line.startsWith("model name") && colon > 0) {
                return line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }

    /** MemTotal of /proc/meminfo in kB, or 0. */
    static long memTotalKb(String meminfo) {
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                String[] parts = line.substring("MemTotal:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages of /proc/loadavg, e.g. "0.52 1.10 1.31". */
    static String loadAverage(String loadavg) {
        String[] parts = loadavg.trim().split("\\s+");
        return parts.length < 3 ? "unknown" : parts[0] + " " + parts[1] + " " + parts[2];
    }

    /** Load average now (for the line after the run). */
    static String loadNow() {
        return loadAverage(readOr("/proc/loadavg"));
    }

    private static String readOr(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
