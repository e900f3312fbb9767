package io.dmconnect.common.rules.expr;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration of expression filters, DM's {@code expression-filter} in Connect style:
 * <pre>
 * expression.filters=even_c,big_updates
 * expression.filters.even_c.schema=shop
 * expression.filters.even_c.table=orders
 * expression.filters.even_c.insert.value.expr=c % 2 = 0
 * </pre>
 * Each named rule has a schema and a table (exact names) and the expression(s) of one kind of change: insert, update
 * (old and/or new) or delete. Parsing reports every problem, each on its exact key.
 */
public final class ExpressionFilterConfig {
    public static final String FILTERS = "expression.filters";
    public static final String SCHEMA = "schema";
    public static final String TABLE = "table";
    public static final String INSERT = "insert.value.expr";
    public static final String UPDATE_OLD = "update.old.value.expr";
    public static final String UPDATE_NEW = "update.new.value.expr";
    public static final String DELETE = "delete.value.expr";
    public static final String GROUP = "Expression filters";
    private static final List<String> SUFFIXES = List.of(SCHEMA, TABLE, INSERT, UPDATE_OLD, UPDATE_NEW, DELETE);
    private static final String DOCS = " Expressions are MySQL, as in DM's `SELECT <expr>`; the supported operators and "
            + "functions are listed in docs/rules.md (expression filter).";

    private ExpressionFilterConfig() {
    }

    /** {@code expression.filters.<name>.<suffix>}. */
    public static String key(String name, String suffix) {
        return FILTERS + "." + name + "." + suffix;
    }

    /** The key suffix of a rule's expression: the old (before) or new (after) side of its kind of change. */
    static String suffixOf(RowOp op, boolean old) {
        return switch (op) {
            case INSERT -> INSERT;
            case DELETE -> DELETE;
            case UPDATE -> old ? UPDATE_OLD : UPDATE_NEW;
        };
    }

    /** Declares {@code expression.filters}, the list of rule names. */
    public static ConfigDef define(ConfigDef def) {
        return def.define(FILTERS, Type.LIST, "", Importance.MEDIUM,
                "Names of the expression filter rules (DM's expression-filter): each name has its own "
                        + "expression.filters.<name>.* keys. A row change is dropped when a rule's expression is TRUE for it.",
                GROUP, order(def), Width.LONG, "Expression filter rules");
    }

    /** Declares the keys of one rule; the documentation uses the name {@code <name>}. */
    public static ConfigDef defineRule(ConfigDef def, String name) {
        String group = "Expression filter " + name;
        int order = order(def);
        def.define(key(name, SCHEMA), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, EXACT_NAME, Importance.HIGH,
                "Schema (database) of the table this rule filters: the exact upstream name; no wildcards or regular "
                        + "expressions (DM's `schema`).", group, order, Width.MEDIUM, "Rule " + name + ": schema");
        def.define(key(name, TABLE), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, EXACT_NAME, Importance.HIGH,
                "Table this rule filters: the exact upstream name, matched case-insensitively unless case.sensitive=true "
                        + "(DM's `table`).", group, order + 1, Width.MEDIUM, "Rule " + name + ": table");
        expression(def, key(name, INSERT), "INSERT: the inserted row is dropped when this expression is TRUE for it "
                + "(DM's `insert-value-expr`).", group, order + 2, "Rule " + name + ": insert expression");
        expression(def, key(name, UPDATE_OLD), "UPDATE: evaluated on the row before the update. The update is dropped "
                + "when this AND the new-value expression are TRUE; when only one of the two is set, the other counts as "
                + "TRUE (DM's `update-old-value-expr`).", group, order + 3, "Rule " + name + ": update old-value expression");
        expression(def, key(name, UPDATE_NEW), "UPDATE: evaluated on the row after the update; see the old-value "
                + "expression (DM's `update-new-value-expr`).", group, order + 4, "Rule " + name + ": update new-value expression");
        expression(def, key(name, DELETE), "DELETE: the deleted row is dropped when this expression is TRUE for it "
                + "(DM's `delete-value-expr`).", group, order + 5, "Rule " + name + ": delete expression");
        return def;
    }

    private static void expression(ConfigDef def, String key, String doc, String group, int order, String display) {
        def.define(key, Type.STRING, null, EXPRESSION, Importance.MEDIUM,
                doc + " A rule has the expression(s) of one kind of change only." + DOCS, group, order, Width.LONG, display);
    }

    private static int order(ConfigDef def) {
        return def.configKeys().size() + 1;
    }

    /**
     * Builds the expression filter from connector properties.
     *
     * @param zone the session time zone for TIMESTAMP values and NOW(); null means UTC
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static ExpressionFilter parse(Map<String, String> props, boolean caseSensitive, ZoneId zone) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<ExpressionRule> rules = rules(props, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new ExpressionFilter(rules, caseSensitive, zone == null ? ZoneOffset.UTC : zone, Clock.systemUTC());
    }

    /** The problems {@link #parse} would report, without throwing (for a connector's validate()). */
    public static List<ConfigProblem> validate(Map<String, String> props) {
        List<ConfigProblem> problems = new ArrayList<>();
        rules(props, problems);
        return problems;
    }

    private static List<ExpressionRule> rules(Map<String, String> props, List<ConfigProblem> problems) {
        List<String> listed = ListValues.names(props, FILTERS);
        Set<String> names = new LinkedHashSet<>();
        for (String name : listed) {
            if (!names.add(name)) {
                problems.add(new ConfigProblem(FILTERS, "rule name '" + name + "' is listed twice: give each rule its own name"));
            }
        }
        List<ExpressionRule> rules = new ArrayList<>();
        for (String name : names) {
            ExpressionRule rule = new RuleReader(props, name, problems).read();
            if (rule != null) {
                rules.add(rule);
            }
        }
        strayKeys(props, names, problems);
        return rules;
    }

    /** Keys under {@code expression.filters.} that belong to no listed rule or are not rule keys: never ignored silently. */
    private static void strayKeys(Map<String, String> props, Set<String> names, List<ConfigProblem> problems) {
        Set<String> known = new HashSet<>();
        for (String name : names) {
            SUFFIXES.forEach(s -> known.add(key(name, s)));
        }
        for (String key : props.keySet()) {
            if (!key.startsWith(FILTERS + ".") || known.contains(key)) {
                continue;
            }
            String rest = key.substring(FILTERS.length() + 1);
            String suffix = SUFFIXES.stream().filter(s -> rest.endsWith("." + s)).findFirst().orElse(null);
            if (suffix == null) {
                problems.add(new ConfigProblem(key, "unknown key: a rule's keys are expression.filters.<name>." + String.join(
                        ", expression.filters.<name>.", SUFFIXES)));
            } else {
                String name = rest.substring(0, rest.length() - suffix.length() - 1);
                problems.add(new ConfigProblem(key, "rule '" + name + "' is not listed in " + FILTERS
                        + ": add it to the list or remove this key (DM: ErrConfigGlobalConfigsUnused)"));
            }
        }
    }

    /** Rejects wildcards and regular expressions: DM's expression filter matches exact names only. */
    private static final ConfigDef.Validator EXACT_NAME = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            String problem = RuleReader.exactNameProblem((String) value);
            if (problem != null) {
                throw new ConfigException(name, value, problem);
            }
        }

        @Override
        public String toString() {
            return "an exact name (no wildcards)";
        }
    };

    /** Parses the expression, so a connector's validate() reports syntax and unsupported parts on the key. */
    private static final ConfigDef.Validator EXPRESSION = new ConfigDef.Validator() {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || ((String) value).isBlank()) {
                return;
            }
            try {
                Expression.parse((String) value);
            } catch (ExpressionException e) {
                throw new ConfigException(name, value, RuleReader.describe((String) value, e));
            }
        }

        @Override
        public String toString() {
            return "a MySQL expression over the row's columns";
        }
    };
}
