package io.dmconnect.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * Path options of the benchmarks: an option given wins, else the path the build recorded
 * ({@code io/dmconnect/bench/build-paths.properties}, filtered at build time); a folder a run needs must exist.
 */
final class PathOptions {
    static final String BUILD_HINT = "build it with mvn -B -q -Pbenchmark -pl benchmarks -am package -DskipTests";

    private PathOptions() {
    }

    /**
     * Declares the path options in {@code group}: what the peer's folder must hold and the report's default file
     * name differ between the benchmarks.
     */
    static ConfigDef define(ConfigDef def, String group, String peerHolds, String reportName) {
        return def.define(BenchmarkConfig.PLUGIN_DIR, Type.STRING, "", Importance.LOW,
                        "dm-connect's plugin folder. Empty: distribution/target/plugin of the checkout that built the "
                                + "benchmark.", group, 1, Width.LONG, "dm-connect plugin folder")
                .define(BenchmarkConfig.PEER_PLUGIN_DIR, Type.STRING, "", Importance.LOW,
                        "plugin.path entry holding " + peerHolds + ". Empty: benchmarks/plugins/target/peer-plugins.",
                        group, 2, Width.LONG, "Peer plugin folder")
                .define(BenchmarkConfig.AVRO_PLUGIN_DIR, Type.STRING, "", Importance.LOW,
                        "plugin.path entry holding Apicurio's Avro converter (converter=avro). Empty: "
                                + "benchmarks/plugins/target/avro-plugins.", group, 3, Width.LONG, "Avro plugin folder")
                .define(BenchmarkConfig.APICURIO_APP_DIR, Type.STRING, "", Importance.LOW,
                        "The unpacked Apicurio Registry app (converter=avro). Empty: "
                                + "benchmarks/plugins/target/apicurio-registry.", group, 4, Width.LONG, "Registry app")
                .define(BenchmarkConfig.WORK_DIR, Type.STRING, "", Importance.LOW,
                        "Data folders of the run's servers, removed at the end. Empty: benchmarks/target/bench-work.",
                        group, 5, Width.LONG, "Work folder")
                .define(BenchmarkConfig.REPORT_FILE, Type.STRING, "", Importance.LOW,
                        "Markdown report of the run (also printed). Empty: benchmarks/target/" + reportName + ".",
                        group, 6, Width.LONG, "Report file");
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
