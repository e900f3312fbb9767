package io.dmconnect.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** One connector property file: its {@code name}, {@code connector.class} and every key (name included). */
record ConnectorFile(Path file, String name, String connectorClass, Map<String, String> config) {
    static final String SOURCE_CLASS = "io.dmconnect.source.mysql.MySqlSourceConnector";

    /** Thrown for a file that cannot be a connector config; the message names the file and what to do. */
    static final class BadFileException extends RuntimeException {
        BadFileException(String message) {
            super(message);
        }
    }

    /** Reads the file as {@link Properties} do (backslash escapes, both comment styles). */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadFileException(file + ": no such file");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadFileException(file + ": cannot read it as a properties file: " + e.getMessage());
        }
        Map<String, String> props = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k).strip()));
        return props;
    }

    static ConnectorFile load(Path file) {
        Map<String, String> config = read(file);
        List<String> missing = new ArrayList<>();
        for (String key : List.of("name", "connector.class")) {
            if (config.getOrDefault(key, "").isBlank()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadFileException(file + ": " + String.join(" and ", missing) + " missing: every connector file needs "
                    + "name=<connector name> and connector.class=<plugin class>");
        }
        return new ConnectorFile(file, config.get("name"), config.get("connector.class"), config);
    }

    /** Every file, or every problem of every file at once (and which files they were). */
    static List<ConnectorFile> loadAll(List<Path> files) {
        List<ConnectorFile> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                ConnectorFile c = load(file);
                loaded.stream().filter(o -> o.name().equals(c.name())).findFirst().ifPresent(o -> problems.add(
                        file + ": name=" + c.name() + " is also the name in " + o.file() + ": connector names must differ"));
                loaded.add(c);
            } catch (BadFileException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadFileException(String.join("\n", problems));
        }
        return loaded;
    }

    /** A copy with one more key (or a key replaced). */
    ConnectorFile with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(config);
        changed.put(key, value);
        return new ConnectorFile(file, name, connectorClass, changed);
    }

    boolean isDmSource() {
        return SOURCE_CLASS.equals(connectorClass) || "MySqlSourceConnector".equals(connectorClass);
    }

    /** The source id the source's metrics are named by: {@code source.id}, else {@code topic.prefix}. */
    String sourceId() {
        String id = config.getOrDefault("source.id", "");
        return id.isBlank() ? config.getOrDefault("topic.prefix", name) : id;
    }
}
