package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The {@code ddl.replace} keys, DM's {@code binlog replace}, a named group like Connect's {@code transforms}:
 * {@code ddl.replace=<names>} and, per name, {@code ddl.replace.<name>.statement}, {@code .position} and
 * {@code .with}. Parsed into {@link ReplaceRule}s in list order, with every problem on its exact key.
 */
public final class DdlReplaceConfig {
    public static final String REPLACE = "ddl.replace";
    public static final String STATEMENT = "statement";
    public static final String POSITION = "position";
    public static final String WITH = "with";
    /** TiDbSinkConfig's DDL group: the replace keys sit beside ddl.skip.statements. */
    public static final String GROUP = "DDL";

    private static final String PREFIX = REPLACE + ".";
    private static final List<String> SUFFIXES = List.of(STATEMENT, POSITION, WITH);

    private DdlReplaceConfig() {
    }

    /** {@code ddl.replace.<name>.<suffix>}. */
    public static String key(String name, String suffix) {
        return PREFIX + name + "." + suffix;
    }

    /** Declares {@code ddl.replace} (the rule names). */
    public static ConfigDef define(ConfigDef def) {
        return def.define(REPLACE, Type.LIST, "", Importance.LOW,
                "Names of the DDL replace rules (DM's binlog replace), comma-separated; each name has its own "
                        + "ddl.replace.<name>.* keys. An upstream DDL the first matching rule (list order) replaces "
                        + "is not replayed: the rule's statements run downstream instead. Checked before "
                        + "ddl.skip.statements.",
                GROUP, 3, Width.LONG, "DDL replace rules");
    }

    /** Declares the keys of one rule; the docs use the name {@code <name>}. */
    public static ConfigDef defineRule(ConfigDef def, String name) {
        def.define(key(name, STATEMENT), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                validator(DdlReplaceConfig::regexProblem, "a regular expression"), Importance.HIGH,
                "Regular expression (case-insensitive, unanchored, like ddl.skip.statements) of the upstream DDL "
                        + "statement the rule replaces (required).",
                GROUP, 4, Width.LONG, "Replace " + name + ": statement");
        def.define(key(name, POSITION), Type.STRING, "", validator(DdlReplaceConfig::positionProblem,
                        "empty or <binlog file>:<pos>"), Importance.MEDIUM,
                "The DDL record's source position, <binlog file>:<pos>, as the error of a failed DDL prints it "
                        + "(DM's binlog replace -b). Set: the rule replaces the statement only there. Empty: "
                        + "wherever it occurs.",
                GROUP, 5, Width.MEDIUM, "Replace " + name + ": position");
        def.define(key(name, WITH), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                validator(DdlReplaceConfig::withProblem, "statements separated by ;"), Importance.HIGH,
                "One or more statements separated by ';' run downstream instead of the upstream DDL (required), "
                        + "as written: use the downstream (routed) table names. Errors that mean 'already done' "
                        + "count as success.",
                GROUP, 6, Width.LONG, "Replace " + name + ": with");
        return def;
    }

    /**
     * The rules in list order.
     *
     * @throws InvalidConfigException with every problem, each on its exact key
     */
    public static List<ReplaceRule> parse(Map<String, String> props) {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> names = distinctNames(props, problems);
        unknownKeys(props, names, problems);
        List<ReplaceRule> rules = new ArrayList<>();
        for (String name : names) {
            int before = problems.size();
            String regex = required(props, key(name, STATEMENT), "a regular expression matching the upstream DDL, "
                    + "e.g. ^ALTER TABLE .shop.\\..orders. MODIFY COLUMN", DdlReplaceConfig::regexProblem, problems);
            String position = props.getOrDefault(key(name, POSITION), "").trim();
            check(key(name, POSITION), position.isEmpty() ? null : positionProblem(position), problems);
            String with = required(props, key(name, WITH), "the statements to run downstream instead, separated by ';'",
                    DdlReplaceConfig::withProblem, problems);
            if (problems.size() == before) {
                rules.add(new ReplaceRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                        position.isEmpty() ? Optional.empty() : Optional.of(position(position)), statements(with)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return rules;
    }

    /** Every problem of the replace keys; empty when they parse. */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        try {
            parse(props);
            return List.of();
        } catch (InvalidConfigException e) {
            return e.problems();
        }
    }

    /**
     * The statements of a {@code with} value: split at each ';' outside quotes and backquotes, trimmed, empty
     * pieces dropped.
     */
    static List<String> statements(String with) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (SqlScanner.Tok tok : SqlScanner.scan(with)) {
            if (tok.isSymbol(";")) {
                add(out, with.substring(start, tok.start()));
                start = tok.end();
            }
        }
        add(out, with.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        if (!piece.isBlank()) {
            out.add(piece.strip());
        }
    }

    private static Set<String> distinctNames(Map<String, String> props, List<ConfigProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : ListValues.names(props, REPLACE)) {
            if (!names.add(name)) {
                check(REPLACE, "replace rule '" + name + "' is listed more than once: list each name once", problems);
            }
        }
        return names;
    }

    /** A key under {@code ddl.replace.} that belongs to no listed rule would silently do nothing: report it. */
    private static void unknownKeys(Map<String, String> props, Set<String> names, List<ConfigProblem> problems) {
        for (String k : new TreeSet<>(props.keySet())) {
            if (!k.startsWith(PREFIX) || names.stream().anyMatch(n -> isRuleKey(k, n))) {
                continue;
            }
            String unlisted = SUFFIXES.stream().filter(s -> k.endsWith("." + s) && k.length() > PREFIX.length() + s.length() + 1)
                    .map(s -> k.substring(PREFIX.length(), k.length() - s.length() - 1)).findFirst().orElse(null);
            problems.add(new ConfigProblem(k, unlisted != null
                    ? "replace rule '" + unlisted + "' is not listed in " + REPLACE + ": add it there or remove this key"
                    : "unknown replace key: the keys of a rule are " + PREFIX + "<name>.{" + String.join(",", SUFFIXES) + "}"));
        }
    }

    private static boolean isRuleKey(String key, String name) {
        String prefix = PREFIX + name + ".";
        return key.startsWith(prefix) && SUFFIXES.contains(key.substring(prefix.length()));
    }

    private static String required(Map<String, String> props, String key, String what,
                                   Function<String, String> check, List<ConfigProblem> problems) {
        String value = props.get(key);
        if (value == null || value.isBlank()) {
            check(key, "required: " + what, problems);
            return null;
        }
        check(key, check.apply(value), problems);
        return value.trim();
    }

    private static void check(String key, String problem, List<ConfigProblem> problems) {
        if (problem != null) {
            problems.add(new ConfigProblem(key, problem));
        }
    }

    static String regexProblem(String value) {
        try {
            Pattern.compile(value.trim(), Pattern.CASE_INSENSITIVE);
            return null;
        } catch (PatternSyntaxException e) {
            return "not a regular expression (" + e.getDescription() + " near index " + e.getIndex() + "): "
                    + "escape special characters such as ( ) [ ] . * with \\";
        }
    }

    static String positionProblem(String value) {
        return position(value.trim()) == null ? "use <binlog file>:<pos> as the DDL's error prints it, e.g. "
                + "mysql-bin.000003:3270, or leave it empty to replace the statement wherever it occurs" : null;
    }

    static String withProblem(String value) {
        return statements(value).isEmpty() ? "give at least one statement; separate several with ';'" : null;
    }

    /** {@code file:pos}, or null when the text is not one. */
    static ReplaceRule.Position position(String text) {
        int colon = text.lastIndexOf(':');
        String file = colon > 0 ? text.substring(0, colon).trim() : "";
        String pos = colon > 0 ? text.substring(colon + 1).trim() : "";
        if (file.isEmpty() || !pos.matches("\\d{1,18}")) {
            return null;
        }
        return new ReplaceRule.Position(file, Long.parseLong(pos));
    }

    /** Runs {@code check} (a problem message or null) in Connect's {@code validate()}; blank is checked by parse. */
    private static ConfigDef.Validator validator(Function<String, String> check, String shape) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                String problem = value == null || value.toString().isBlank() ? null : check.apply(value.toString());
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
