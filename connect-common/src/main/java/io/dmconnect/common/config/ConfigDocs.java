package io.dmconnect.common.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;
import org.apache.kafka.common.config.types.Password;

/**
 * Renders a {@link ConfigDef} as the Markdown configuration reference in docs/, grouped and ordered as declared,
 * and checks that every key carries what a user needs to read (doc, group, display name).
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** The reference page for one connector. */
    public static String markdown(String title, String connectorClass, ConfigDef def) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append("<!-- generated from the ConfigDef of ").append(connectorClass)
                .append(" by ConfigReferenceTest; do not edit by hand -->\n\n");
        md.append("`connector.class=").append(connectorClass).append("`\n");
        for (Map.Entry<String, List<ConfigKey>> group : byGroup(def).entrySet()) {
            md.append("\n## ").append(group.getKey()).append("\n\n");
            md.append("| key | type | default | valid values | importance | description |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (ConfigKey key : group.getValue()) {
                md.append("| `").append(key.name).append("` | ").append(key.type.name().toLowerCase())
                        .append(" | ").append(defaultText(key))
                        .append(" | ").append(key.validator == null ? "" : cell(key.validator.toString()))
                        .append(" | ").append(key.importance.name().toLowerCase())
                        .append(" | ").append(cell(key.documentation)).append(" |\n");
            }
        }
        return md.toString();
    }

    /**
     * Compares the reference page at {@code file} with {@code markdown}; when {@code write} is set, rewrites it
     * instead. Returns true when the file (now) matches.
     */
    public static boolean syncReference(java.nio.file.Path file, String markdown, boolean write) {
        try {
            if (write) {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, markdown);
                return true;
            }
            return java.nio.file.Files.exists(file) && java.nio.file.Files.readString(file).equals(markdown);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot sync " + file, e);
        }
    }

    /** Every key without a doc string, group or display name; empty when the definition is complete. */
    public static List<String> problems(ConfigDef def) {
        List<String> problems = new ArrayList<>();
        for (ConfigKey key : def.configKeys().values()) {
            if (key.documentation == null || key.documentation.isBlank()) {
                problems.add(key.name + ": no documentation");
            }
            if (key.group == null || key.group.isBlank()) {
                problems.add(key.name + ": no group");
            }
            if (key.displayName == null || key.displayName.isBlank() || key.displayName.equals(key.name)) {
                problems.add(key.name + ": no display name");
            }
        }
        return problems;
    }

    private static Map<String, List<ConfigKey>> byGroup(ConfigDef def) {
        Map<String, List<ConfigKey>> groups = new LinkedHashMap<>();
        def.groups().forEach(g -> groups.put(g, new ArrayList<>()));
        List<ConfigKey> keys = new ArrayList<>(def.configKeys().values());
        keys.sort((a, b) -> Integer.compare(a.orderInGroup, b.orderInGroup));
        for (ConfigKey key : keys) {
            groups.computeIfAbsent(key.group == null ? "Other" : key.group, g -> new ArrayList<>()).add(key);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static String defaultText(ConfigKey key) {
        if (!key.hasDefault()) {
            return "*required*";
        }
        Object value = key.defaultValue;
        if (value == null) {
            return "null";
        }
        if (value instanceof Password) {
            return "\"\"";
        }
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.isEmpty() ? "\"\"" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
