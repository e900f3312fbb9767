package io.dmconnect.common.rules.event;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration of the binlog event filter: {@code filters=<names>} and, per name,
 * {@code filters.<name>.schema.pattern|table.pattern|events|sql.pattern|action}. {@link #parse} reports every
 * problem of the whole configuration at once, each on its exact key.
 */
public final class BinlogEventFilterConfig {
    public static final String FILTERS = "filters";
    public static final String SCHEMA_PATTERN = "schema.pattern";
    public static final String TABLE_PATTERN = "table.pattern";
    public static final String EVENTS = "events";
    public static final String SQL_PATTERN = "sql.pattern";
    public static final String ACTION = "action";

    static final List<String> RULE_KEYS = List.of(SCHEMA_PATTERN, TABLE_PATTERN, EVENTS, SQL_PATTERN, ACTION);
    private static final String GROUP = "Binlog event filter";

    private BinlogEventFilterConfig() {
    }

    /** {@code filters.<name>.<suffix>}. */
    public static String key(String name, String suffix) {
        return FILTERS + "." + name + "." + suffix;
    }

    /** Declares {@code filters}, the list of rule names. */
    public static ConfigDef define(ConfigDef def) {
        return def.define(FILTERS, Type.LIST, "", Importance.MEDIUM,
                "Names of the binlog event filter rules, comma-separated, in any order (every matching rule is "
                        + "evaluated). Each name needs filters.<name>.schema.pattern and filters.<name>.action.",
                GROUP, 0, Width.LONG, "Binlog event filter rules");
    }

    /** Declares the keys of one rule; the docs use the name {@code <name>}. */
    public static ConfigDef defineRule(ConfigDef def, String name) {
        String group = GROUP + " " + name;
        String display = "Filter " + name + ": ";
        def.define(key(name, SCHEMA_PATTERN), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new WildcardValidator(false),
                Importance.HIGH, "Schema (database) wildcard the rule applies to: * (only as the last character), "
                        + "? and [a-z] / [!a-z]; no ~regex. Use * to also catch statements that cannot be parsed.",
                group, 1, Width.MEDIUM, display + "schema pattern");
        def.define(key(name, TABLE_PATTERN), Type.STRING, "", new WildcardValidator(true), Importance.MEDIUM,
                "Table wildcard. Empty: the rule applies to every table of the matching schemas and to schema-level "
                        + "statements (CREATE/DROP/ALTER DATABASE).",
                group, 2, Width.MEDIUM, display + "table pattern");
        def.define(key(name, EVENTS), Type.LIST, "", new EventsValidator(), Importance.HIGH,
                "Event types, comma-separated, tried in order: insert, update, delete, DDL types such as "
                        + "'truncate table', and the aggregates all, all dml, all ddl, incompatible ddl changes, none, "
                        + "none dml, none ddl.",
                group, 3, Width.LONG, display + "events");
        def.define(key(name, SQL_PATTERN), Type.STRING, "", new SqlPatternValidator(), Importance.MEDIUM,
                "Regular expressions matched case-insensitively and unanchored against the raw DDL statement, "
                        + "comma-separated; put an expression that contains a comma in backquotes.",
                group, 4, Width.LONG, display + "SQL patterns");
        def.define(key(name, ACTION), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ActionValidator(), Importance.HIGH,
                "Do: replicate only the matching events of these tables (an allow-list); Ignore: skip the matching "
                        + "events; Error: stop the task on them. Ignore beats Error beats Do.",
                group, 5, Width.SHORT, display + "action");
        return def;
    }

    /**
     * Builds the filter from {@code filters=<names>} and the rules' keys.
     *
     * @throws InvalidConfigException with every problem found, each on its exact key
     */
    public static BinlogEventFilter parse(Map<String, String> props, boolean caseSensitive) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<BinlogEventRule> rules = readRules(props, caseSensitive, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new BinlogEventFilter(rules);
    }

    /** Every problem {@link #parse} would report; empty when the configuration is valid. */
    public static List<ConfigProblem> validate(Map<String, String> props, boolean caseSensitive) {
        List<ConfigProblem> problems = new ArrayList<>();
        readRules(props, caseSensitive, problems);
        return problems;
    }

    private static List<BinlogEventRule> readRules(Map<String, String> props, boolean caseSensitive,
                                                   List<ConfigProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : ListValues.names(props, FILTERS)) {
            if (!names.add(name)) {
                problems.add(new ConfigProblem(FILTERS, "rule name '" + name + "' is listed twice: list each name once"));
            }
        }
        List<BinlogEventRule> rules = new ArrayList<>();
        for (String name : names) {
            new RuleReader(props, name, caseSensitive, problems).read().ifPresent(rules::add);
        }
        checkDuplicatePatterns(rules, caseSensitive, problems);
        checkStrayKeys(props, names, problems);
        return rules;
    }

    /** DM's trie keeps one rule per (schema, table) pattern pair and drops the others, logging only. */
    private static void checkDuplicatePatterns(List<BinlogEventRule> rules, boolean caseSensitive,
                                               List<ConfigProblem> problems) {
        Map<String, String> firstByPatterns = new HashMap<>();
        for (BinlogEventRule rule : rules) {
            String patterns = rule.schemaPattern().source() + "\u0000"
                    + (rule.tablePattern() == null ? "" : rule.tablePattern().source());
            String folded = caseSensitive ? patterns : patterns.toLowerCase(Locale.ROOT);
            String first = firstByPatterns.putIfAbsent(folded, rule.name());
            if (first != null) {
                problems.add(new ConfigProblem(key(rule.name(), SCHEMA_PATTERN), "rule '" + rule.name()
                        + "' has the same schema.pattern and table.pattern as rule '" + first + "'; DM would silently "
                        + "keep only one of them: merge the two into one rule"));
            }
        }
    }

    /** Keys of unlisted rules and misspelt keys would otherwise be ignored without a word. */
    private static void checkStrayKeys(Map<String, String> props, Set<String> names, List<ConfigProblem> problems) {
        for (String key : new TreeSet<>(props.keySet())) {
            if (!key.startsWith(FILTERS + ".")) {
                continue;
            }
            Optional<String> name = ruleNameOf(key);
            if (name.isEmpty()) {
                problems.add(new ConfigProblem(key, "unknown binlog event filter key: a rule's keys are filters.<name>."
                        + String.join(", filters.<name>.", RULE_KEYS)));
            } else if (!names.contains(name.get())) {
                problems.add(new ConfigProblem(key, "rule '" + name.get() + "' is not listed in " + FILTERS
                        + ": add it to " + FILTERS + " or remove its keys"));
            }
        }
    }

    private static Optional<String> ruleNameOf(String key) {
        String rest = key.substring(FILTERS.length() + 1);
        for (String suffix : RULE_KEYS) {
            if (rest.endsWith("." + suffix) && rest.length() > suffix.length() + 1) {
                return Optional.of(rest.substring(0, rest.length() - suffix.length() - 1));
            }
        }
        return Optional.empty();
    }

    /** Reads one rule, adding a problem for each bad key; empty when any key is bad. */
    private static final class RuleReader {
        private final Map<String, String> props;
        private final String name;
        private final boolean caseSensitive;
        private final List<ConfigProblem> problems;
        private boolean failed;

        RuleReader(Map<String, String> props, String name, boolean caseSensitive, List<ConfigProblem> problems) {
            this.props = props;
            this.name = name;
            this.caseSensitive = caseSensitive;
            this.problems = problems;
        }

        Optional<BinlogEventRule> read() {
            NamePattern schema = pattern(SCHEMA_PATTERN, true);
            NamePattern table = pattern(TABLE_PATTERN, false);
            List<EventSelector> events = events();
            List<String> sqlPatterns = items(SQL_PATTERN);
            Pattern sqlRegex = sqlRegex(sqlPatterns);
            FilterAction action = action();
            if (action != null && action != FilterAction.DO && events.isEmpty() && sqlPatterns.isEmpty()) {
                fail(EVENTS, "this " + action + " rule has neither events nor " + SQL_PATTERN + ", so it can never "
                        + "match (DM accepts it and does nothing): list the events to " + action.spelling().toLowerCase(Locale.ROOT)
                        + " in " + key(name, EVENTS) + " and/or set " + key(name, SQL_PATTERN));
            }
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new BinlogEventRule(name, schema, table, events, sqlPatterns, sqlRegex, action));
        }

        private NamePattern pattern(String suffix, boolean required) {
            String text = value(suffix);
            if (text.isEmpty()) {
                if (required) {
                    fail(suffix, "required: the schema wildcard this rule applies to, e.g. shop_* (or * for every "
                            + "schema)");
                }
                return null;
            }
            try {
                return NamePattern.parse(text, caseSensitive, false);
            } catch (IllegalArgumentException e) {
                fail(suffix, e.getMessage());
                return null;
            }
        }

        private List<EventSelector> events() {
            List<EventSelector> selectors = new ArrayList<>();
            for (String item : items(EVENTS)) {
                try {
                    selectors.add(EventTypes.selector(item));
                } catch (IllegalArgumentException e) {
                    fail(EVENTS, e.getMessage());
                }
            }
            return selectors;
        }

        private Pattern sqlRegex(List<String> items) {
            try {
                return SqlPatterns.compile(items);
            } catch (PatternSyntaxException joined) {
                boolean named = false;
                for (String item : items) {
                    try {
                        SqlPatterns.compileOne(item);
                    } catch (PatternSyntaxException e) {
                        fail(SQL_PATTERN, "'" + item + "' is not a valid regular expression: " + e.getDescription()
                                + "; fix it, and put it in backquotes if it contains a comma");
                        named = true;
                    }
                }
                if (!named) {
                    fail(SQL_PATTERN, "the expressions joined with '|' do not compile: " + joined.getDescription());
                }
                return null;
            }
        }

        private FilterAction action() {
            String text = value(ACTION);
            if (text.isEmpty()) {
                fail(ACTION, "required: Do (replicate only the matching events), Ignore (skip them) or Error "
                        + "(stop the task on them)");
                return null;
            }
            try {
                return FilterAction.parse(text);
            } catch (IllegalArgumentException e) {
                fail(ACTION, e.getMessage());
                return null;
            }
        }

        private List<String> items(String suffix) {
            return ListValues.split(props.get(key(name, suffix))).stream().map(ListValues::unquote).toList();
        }

        private String value(String suffix) {
            String raw = props.get(key(name, suffix));
            return raw == null ? "" : raw.trim();
        }

        private void fail(String suffix, String message) {
            problems.add(new ConfigProblem(key(name, suffix), message));
            failed = true;
        }
    }

    /** ConfigDef validator for the pattern keys. */
    private record WildcardValidator(boolean allowEmpty) implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String text = value == null ? "" : value.toString().trim();
            if (text.isEmpty() && allowEmpty) {
                return;
            }
            try {
                NamePattern.parse(text, true, false);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return (allowEmpty ? "empty or a " : "a ") + "wildcard: *, ?, [a-z], [!a-z] (no ~regex)";
        }
    }

    /** ConfigDef validator for {@code action}. */
    private record ActionValidator() implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                FilterAction.parse(value == null ? null : value.toString());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "Do, Ignore, Error (any case)";
        }
    }

    /** ConfigDef validator for {@code events}. */
    private record EventsValidator() implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (!(value instanceof List<?> items)) {
                return;
            }
            for (Object item : items) {
                try {
                    EventTypes.selector(String.valueOf(item));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, e.getMessage());
                }
            }
        }

        @Override
        public String toString() {
            return "event types and aggregates (all, all dml, all ddl, incompatible ddl changes, none, none dml, "
                    + "none ddl)";
        }
    }

    /** ConfigDef validator for {@code sql.pattern}. */
    private record SqlPatternValidator() implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            List<String> items = ListValues.split(value == null ? null : value.toString()).stream()
                    .map(ListValues::unquote).toList();
            try {
                SqlPatterns.compile(items);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(name, value, "not a valid regular expression: " + e.getDescription());
            }
        }

        @Override
        public String toString() {
            return "regular expressions, comma-separated (backquote one that contains a comma)";
        }
    }
}
