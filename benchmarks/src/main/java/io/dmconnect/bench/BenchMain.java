package io.dmconnect.bench;

import io.dmconnect.common.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;

/** What the benchmarks' main methods share: reading the command line, the build's paths, usage, writing the report. */
final class BenchMain {
    private static final String BUILD_PATHS = "/io/dmconnect/bench/build-paths.properties";

    private BenchMain() {
    }

    /** Reads a benchmark's options from {@code --key value} arguments and the build's paths. */
    interface Parser<C> {
        /** @throws InvalidConfigException with every problem */
        C parse(Map<String, String> options, Map<String, String> buildPaths, Predicate<Path> isDirectory);
    }

    /**
     * The benchmark's options; empty after printing {@code usage} for {@code --help}. Bad options are printed, each
     * with its key, and the JVM exits with status 2: nothing has started.
     */
    static <C> Optional<C> options(String[] args, Parser<C> parser, String usage) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help()) {
                System.out.println(usage);
                return Optional.empty();
            }
            return Optional.of(parser.parse(line.options(), buildPaths(), Files::isDirectory));
        } catch (InvalidConfigException e) {
            e.problems().forEach(p -> System.err.println("--" + p));
            System.err.println("(--help lists the options)");
            System.exit(2);
            return Optional.empty();
        }
    }

    /** The paths the build recorded (resource filtering); empty when run from an unfiltered classpath. */
    static Map<String, String> buildPaths() {
        Properties props = new Properties();
        try (InputStream in = BenchMain.class.getResourceAsStream(BUILD_PATHS)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_PATHS, e);
        }
        Map<String, String> paths = new HashMap<>();
        props.stringPropertyNames().forEach(k -> paths.put(k, props.getProperty(k)));
        return paths;
    }

    /** The command, then one entry per option: key, default and what it does. */
    static String usage(String command, ConfigDef def) {
        StringBuilder sb = new StringBuilder(command).append(" [--<option> <value>]...\n");
        for (ConfigDef.ConfigKey key : def.configKeys().values()) {
            Object value = key.defaultValue instanceof List<?> list
                    ? String.join(",", list.stream().map(String::valueOf).toList()) : key.defaultValue;
            sb.append("\n  --").append(key.name).append(" (default: ")
                    .append(value == null || "".equals(value) ? "\"\"" : value)
                    .append(")\n      ").append(key.documentation).append('\n');
        }
        return sb.toString();
    }

    /** Writes the report and says where. */
    static void write(Path file, String report) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report);
            System.out.println("bench: report written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
