package io.dmconnect.common.rules.ba;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The {@code block.allow.*} keys: their {@link ConfigDef} declaration and their parsing into a {@link BlockAllowList}.
 * Values are comma-separated lists ({@link ListValues#split}); a schema entry is a pattern, a table entry is
 * {@code dbPattern.tablePattern} ({@link TableEntry}). Parsing reports every problem, each on its exact key.
 */
public final class BlockAllowListConfig {
    public static final String DO_DBS = BlockAllowList.DO_DBS;
    public static final String IGNORE_DBS = BlockAllowList.IGNORE_DBS;
    public static final String DO_TABLES = BlockAllowList.DO_TABLES;
    public static final String IGNORE_TABLES = BlockAllowList.IGNORE_TABLES;
    public static final String GROUP = "Block-allow list";

    private static final String PREFIX = "block.allow.";
    private static final List<String> KEYS = List.of(DO_DBS, IGNORE_DBS, DO_TABLES, IGNORE_TABLES);
    private static final String PATTERN_SYNTAX = "Each entry is a name, a wildcard ('*' as the last character only, "
            + "'?' for one character, [a-z] and [!a-z] classes) or a ~regular expression, matched unanchored "
            + "(write ^ and $ yourself). Backquote an entry that contains a comma.";
    private static final String TABLE_SYNTAX = "Each entry is db.table, both parts patterns: a name, a wildcard "
            + "('*' last only, '?', [a-z], [!a-z]) or a ~regular expression (unanchored). A part that contains a dot "
            + "or a comma is backquoted as a whole: `my.db`.orders, shop.`~^a\\.b$`.";

    private BlockAllowListConfig() {
    }

    /** Declares the four {@code block.allow.*} keys into {@code def}. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(DO_DBS, Type.STRING, "", validator(DO_DBS), Importance.MEDIUM,
                        "Schemas to replicate (DM do-dbs), comma-separated. When set, a schema must match one entry "
                                + "and block.allow.ignore.dbs is not consulted at all. " + PATTERN_SYNTAX,
                        GROUP, 1, Width.LONG, "Replicate schemas")
                .define(IGNORE_DBS, Type.STRING, "", validator(IGNORE_DBS), Importance.MEDIUM,
                        "Schemas not to replicate (DM ignore-dbs), comma-separated. Ignored when "
                                + "block.allow.do.dbs is set. " + PATTERN_SYNTAX,
                        GROUP, 2, Width.LONG, "Ignore schemas")
                .define(DO_TABLES, Type.STRING, "", validator(DO_TABLES), Importance.MEDIUM,
                        "Tables to replicate (DM do-tables), comma-separated. A matching entry captures the table "
                                + "even when block.allow.ignore.tables also matches; when set, a table that matches "
                                + "no entry is not replicated. " + TABLE_SYNTAX,
                        GROUP, 3, Width.LONG, "Replicate tables")
                .define(IGNORE_TABLES, Type.STRING, "", validator(IGNORE_TABLES), Importance.MEDIUM,
                        "Tables not to replicate (DM ignore-tables), comma-separated; block.allow.do.tables wins "
                                + "over it. " + TABLE_SYNTAX,
                        GROUP, 4, Width.LONG, "Ignore tables");
    }

    /**
     * Builds the list from connector properties.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static BlockAllowList parse(Map<String, String> props, boolean caseSensitive) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(props.keySet())) {
            if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
                problems.add(new ConfigProblem(key, "unknown block-allow list key: use one of "
                        + String.join(", ", KEYS)));
            }
        }
        List<NamePattern> doDbs = schemas(props.get(DO_DBS), caseSensitive, DO_DBS, problems);
        List<NamePattern> ignoreDbs = schemas(props.get(IGNORE_DBS), caseSensitive, IGNORE_DBS, problems);
        List<TableEntry> doTables = tables(props.get(DO_TABLES), caseSensitive, DO_TABLES, problems);
        List<TableEntry> ignoreTables = tables(props.get(IGNORE_TABLES), caseSensitive, IGNORE_TABLES, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new BlockAllowList(doDbs, ignoreDbs, doTables, ignoreTables);
    }

    private static List<NamePattern> schemas(String raw, boolean caseSensitive, String key,
            List<ConfigProblem> problems) {
        return each(raw, key, problems,
                item -> NamePattern.parse(TableEntry.unquoteWhole(item, "'" + item + "'"), caseSensitive));
    }

    private static List<TableEntry> tables(String raw, boolean caseSensitive, String key,
            List<ConfigProblem> problems) {
        return each(raw, key, problems, item -> TableEntry.parse(item, caseSensitive));
    }

    /** Parses every item, turning each rejected one into a problem on {@code key}. */
    private static <T> List<T> each(String raw, String key, List<ConfigProblem> problems, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        for (String item : ListValues.split(raw)) {
            try {
                parsed.add(parser.apply(item));
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(key, e.getMessage()));
            }
        }
        return parsed;
    }

    /** Runs the same checks as {@link #parse} on one key, so that Connect's {@code validate()} shows them. */
    private static ConfigDef.Validator validator(String key) {
        boolean tables = key.equals(DO_TABLES) || key.equals(IGNORE_TABLES);
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                List<ConfigProblem> problems = new ArrayList<>();
                String raw = value == null ? null : value.toString();
                // case sensitivity changes what matches, never what is valid
                if (tables) {
                    tables(raw, false, name, problems);
                } else {
                    schemas(raw, false, name, problems);
                }
                if (!problems.isEmpty()) {
                    throw new ConfigException(name, value,
                            String.join("; ", problems.stream().map(ConfigProblem::message).toList()));
                }
            }

            @Override
            public String toString() {
                return tables ? "comma-separated db.table patterns" : "comma-separated schema patterns";
            }
        };
    }
}
