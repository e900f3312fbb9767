package io.dmconnect.common.rules.route;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The {@code routes} keys, a named group like Connect's {@code transforms}: {@code routes=<names>} and, per name,
 * {@code routes.<name>.schema.pattern} and so on. Declares them into a {@link ConfigDef} and parses them into a
 * {@link TableRouter}, reporting every problem on its exact key.
 */
public final class TableRouterConfig {
    public static final String ROUTES = "routes";
    public static final String SCHEMA_PATTERN = "schema.pattern";
    public static final String TABLE_PATTERN = "table.pattern";
    public static final String TARGET_SCHEMA = "target.schema";
    public static final String TARGET_TABLE = "target.table";
    public static final String EXTRACT_TABLE_REGEXP = "extract.table.regexp";
    public static final String EXTRACT_TABLE_COLUMN = "extract.table.column";
    public static final String EXTRACT_SCHEMA_REGEXP = "extract.schema.regexp";
    public static final String EXTRACT_SCHEMA_COLUMN = "extract.schema.column";
    public static final String EXTRACT_SOURCE_REGEXP = "extract.source.regexp";
    public static final String EXTRACT_SOURCE_COLUMN = "extract.source.column";
    public static final String GROUP = "Table routing";

    private static final List<String> SUFFIXES = List.of(SCHEMA_PATTERN, TABLE_PATTERN, TARGET_SCHEMA, TARGET_TABLE,
            EXTRACT_TABLE_REGEXP, EXTRACT_TABLE_COLUMN, EXTRACT_SCHEMA_REGEXP, EXTRACT_SCHEMA_COLUMN,
            EXTRACT_SOURCE_REGEXP, EXTRACT_SOURCE_COLUMN);
    private static final String PREFIX = ROUTES + ".";
    private static final String PATTERN_SYNTAX = "A name, a wildcard ('*' as the last character only, '?', [a-z], "
            + "[!a-z]) or a ~regular expression, matched unanchored (write ^ and $ yourself).";
    private static final String EXTRACT_SYNTAX = "A plain regular expression (no leading ~), unanchored and "
            + "case-sensitive, with at least one capture group; the value is the concatenation of all groups, or an "
            + "empty string when it does not match.";

    private TableRouterConfig() {
    }

    /** {@code routes.<name>.<suffix>}. */
    public static String key(String name, String suffix) {
        return PREFIX + name + "." + suffix;
    }

    /** Declares the {@code routes} key (the rule names). */
    public static ConfigDef define(ConfigDef def) {
        return def.define(ROUTES, Type.LIST, "", Importance.MEDIUM,
                "Names of the table routing rules (DM routes), comma-separated; each name has its own "
                        + "routes.<name>.* keys. Table-level rules win over schema-level rules; a table that matches "
                        + "two rules of the deciding level stops the task; a table no rule matches keeps its name.",
                GROUP, 0, Width.LONG, "Route rules");
    }

    /** Declares the keys of one rule; the docs use the name {@code <name>}. */
    public static ConfigDef defineRule(ConfigDef def, String name) {
        String group = GROUP + " rule " + name;
        int order = 0;
        def.define(key(name, SCHEMA_PATTERN), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, patternValidator(true),
                Importance.HIGH, "Upstream schemas the rule applies to (required). " + PATTERN_SYNTAX, group, ++order,
                Width.MEDIUM, "Route " + name + ": schema pattern");
        def.define(key(name, TABLE_PATTERN), Type.STRING, "", patternValidator(false),
                Importance.HIGH, "Upstream tables the rule applies to. Empty makes it a schema-level rule: it applies "
                        + "to every table of the matching schemas that no table-level rule routes, and to "
                        + "CREATE/DROP DATABASE. " + PATTERN_SYNTAX,
                group, ++order, Width.MEDIUM, "Route " + name + ": table pattern");
        def.define(key(name, TARGET_SCHEMA), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                Importance.HIGH, "Downstream schema (required), used verbatim.", group, ++order, Width.MEDIUM,
                "Route " + name + ": target schema");
        def.define(key(name, TARGET_TABLE), Type.STRING, "", Importance.HIGH,
                "Downstream table, used verbatim. Empty keeps the upstream table name.", group, ++order,
                Width.MEDIUM, "Route " + name + ": target table");
        defineExtract(def, name, group, order, "table name", EXTRACT_TABLE_REGEXP, EXTRACT_TABLE_COLUMN);
        defineExtract(def, name, group, order + 2, "schema name", EXTRACT_SCHEMA_REGEXP, EXTRACT_SCHEMA_COLUMN);
        defineExtract(def, name, group, order + 4, "source id", EXTRACT_SOURCE_REGEXP, EXTRACT_SOURCE_COLUMN);
        return def;
    }

    private static void defineExtract(ConfigDef def, String name, String group, int order, String what,
            String regexpSuffix, String columnSuffix) {
        def.define(key(name, regexpSuffix), Type.STRING, "",
                validator(false, RouteRuleParser::regexpProblem, "regexp with a capture group"), Importance.LOW,
                "Applied to the upstream " + what + " of every routed row; set with "
                        + key(name, columnSuffix) + ". " + EXTRACT_SYNTAX,
                group, order + 1, Width.MEDIUM, "Route " + name + ": extract " + what + " regexp");
        def.define(key(name, columnSuffix), Type.STRING, "", Importance.LOW,
                "Downstream column that receives the value extracted from the " + what + ". Extract columns are "
                        + "appended in the order table, schema, source: pre-create them downstream as the last "
                        + "columns, of a string type.",
                group, order + 2, Width.MEDIUM, "Route " + name + ": extract " + what + " column");
    }

    /**
     * Builds the router from connector properties.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static TableRouter parse(Map<String, String> props, boolean caseSensitive) {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> names = distinctNames(props, problems);
        unknownKeys(props, names, problems);
        List<RouteRule> rules = new ArrayList<>();
        for (String name : names) {
            if (props.keySet().stream().noneMatch(k -> k.startsWith(PREFIX + name + "."))) {
                problems.add(new ConfigProblem(ROUTES, "route '" + name + "' is listed but has no " + PREFIX + name
                        + ".* keys: define at least " + key(name, SCHEMA_PATTERN) + " and " + key(name, TARGET_SCHEMA)
                        + ", or remove the name"));
                continue;
            }
            RouteRule rule = RouteRuleParser.parse(name, props, caseSensitive, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        identicalPatterns(rules, caseSensitive, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new TableRouter(rules);
    }

    private static Set<String> distinctNames(Map<String, String> props, List<ConfigProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (String name : ListValues.names(props, ROUTES)) {
            if (!names.add(name) && reported.add(name)) {
                problems.add(new ConfigProblem(ROUTES, "route '" + name + "' is listed more than once: "
                        + "list each name once"));
            }
        }
        return names;
    }

    /** A key under {@code routes.} that belongs to no listed rule would silently do nothing: report it. */
    private static void unknownKeys(Map<String, String> props, Set<String> names, List<ConfigProblem> problems) {
        for (String k : new TreeSet<>(props.keySet())) {
            if (k.startsWith(PREFIX) && names.stream().noneMatch(n -> isRuleKey(k, n))) {
                String unlisted = unlistedName(k);
                problems.add(new ConfigProblem(k, unlisted != null
                        ? "route '" + unlisted + "' is not listed in " + ROUTES + ": add it there or remove this key"
                        : "unknown route key: the keys of a route are " + PREFIX + "<name>.{"
                                + String.join(",", SUFFIXES) + "}"));
            }
        }
    }

    private static boolean isRuleKey(String key, String name) {
        String prefix = PREFIX + name + ".";
        return key.startsWith(prefix) && SUFFIXES.contains(key.substring(prefix.length()));
    }

    /** The rule name of a well-formed key whose rule is not listed, or null when the key itself is malformed. */
    private static String unlistedName(String key) {
        for (String suffix : SUFFIXES) {
            int nameEnd = key.length() - suffix.length() - 1;
            if (nameEnd > PREFIX.length() && key.endsWith("." + suffix)) {
                return key.substring(PREFIX.length(), nameEnd);
            }
        }
        return null;
    }

    /** DM's trie rejected two rules on the same patterns; they would make every table they match ambiguous. */
    private static void identicalPatterns(List<RouteRule> rules, boolean caseSensitive, List<ConfigProblem> problems) {
        Map<List<String>, String> seen = new HashMap<>();
        Function<NamePattern, String> text = p -> p == null ? "" : canonical(p, caseSensitive);
        for (RouteRule rule : rules) {
            List<String> patterns = List.of(text.apply(rule.schemaPattern()), text.apply(rule.tablePattern()));
            String earlier = seen.putIfAbsent(patterns, rule.name());
            if (earlier != null) {
                String suffix = rule.tableLevel() ? TABLE_PATTERN : SCHEMA_PATTERN;
                problems.add(new ConfigProblem(key(rule.name(), suffix), "routes '" + earlier + "' and '" + rule.name()
                        + "' have the same patterns, so every table they match would be ambiguous: merge them or "
                        + "remove one"));
            }
        }
    }

    /** Wildcards that differ only in case are the same rule when matching ignores case; regex text is kept as is. */
    private static String canonical(NamePattern pattern, boolean caseSensitive) {
        return pattern instanceof NamePattern.Wildcard && !caseSensitive
                ? pattern.source().toLowerCase(Locale.ROOT) : pattern.source();
    }

    private static ConfigDef.Validator patternValidator(boolean required) {
        return validator(required, text -> RouteRuleParser.patternProblem(text.trim()), "name, wildcard or ~regex");
    }

    /** Runs {@code check} (a problem message or null) in Connect's {@code validate()}. */
    private static ConfigDef.Validator validator(boolean required, Function<String, String> check, String shape) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String text = value == null ? "" : value.toString();
                String problem = text.isBlank() ? (required ? "required" : null) : check.apply(text);
                if (problem != null) {
                    throw new ConfigException(name, value, problem);
                }
            }

            @Override
            public String toString() {
                return shape;
            }
        };
    }
}
