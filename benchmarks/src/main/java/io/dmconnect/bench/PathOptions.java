package io.dmconnect.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Path options of the benchmarks: an option given wins, else the path the build recorded
 * ({@code io/dmconnect/bench/build-paths.properties}, filtered at build time); a folder a run needs must exist.
 */
final class PathOptions {
    static final String BUILD_HINT = "build it with mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests";

    private PathOptions() {
    }

    /** The option {@code key}, else the build's value of the same key. */
    static Path path(OptionReader in, String key, Map<String, String> buildPaths) {
        return path(in, key, key, buildPaths);
    }

    /** The option {@code key}, else the build's {@code buildKey}; null (with a problem) when neither says where. */
    static Path path(OptionReader in, String key, String buildKey, Map<String, String> buildPaths) {
        String value = in.string(key, "");
        if (value.isEmpty()) {
            value = buildPaths.getOrDefault(buildKey, "").trim();
        }
        if (value.isEmpty() || value.contains("${")) {
            in.problem(key, "no default was recorded by the build: set --" + key + " <path>, or " + BUILD_HINT);
            return null;
        }
        return Path.of(value);
    }

    static void requireFolder(OptionReader in, String key, Path folder, Predicate<Path> isDirectory) {
        if (folder != null && !isDirectory.test(folder)) {
            in.problem(key, folder + " is not a folder: " + BUILD_HINT + ", or set --" + key + " to where it is");
        }
    }
}
