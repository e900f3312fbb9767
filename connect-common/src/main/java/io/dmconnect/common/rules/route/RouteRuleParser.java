package io.dmconnect.common.rules.route;

import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_SCHEMA_COLUMN;
import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_SCHEMA_REGEXP;
import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_SOURCE_COLUMN;
import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_SOURCE_REGEXP;
import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_TABLE_COLUMN;
import static io.dmconnect.common.rules.route.TableRouterConfig.EXTRACT_TABLE_REGEXP;
import static io.dmconnect.common.rules.route.TableRouterConfig.key;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.rules.pattern.NamePattern;
import io.dmconnect.common.rules.route.ExtractColumn.From;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the keys of one route rule, reporting each problem on its exact key. */
final class RouteRuleParser {
    private final String name;
    private final Map<String, String> props;
    private final boolean caseSensitive;
    private final List<ConfigProblem> problems;
    private final int problemsBefore;

    private RouteRuleParser(String name, Map<String, String> props, boolean caseSensitive,
            List<ConfigProblem> problems) {
        this.name = name;
        this.props = props;
        this.caseSensitive = caseSensitive;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /** The rule, or null when it has problems (added to {@code problems}). */
    static RouteRule parse(String name, Map<String, String> props, boolean caseSensitive,
            List<ConfigProblem> problems) {
        return new RouteRuleParser(name, props, caseSensitive, problems).rule();
    }

    /** Why a schema or table pattern is invalid, or null when it is fine. */
    static String patternProblem(String text) {
        try {
            NamePattern.parse(text, true);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Why an extract regexp is unusable, or null when it compiles and has a capture group. */
    static String regexpProblem(String text) {
        if (text.startsWith("~")) {
            return "extract regexps are plain regular expressions, not ~patterns: drop the leading '~'";
        }
        try {
            if (Pattern.compile(text).matcher("").groupCount() == 0) {
                return "'" + text + "' has no capture group, so the column would always be empty: put the part to "
                        + "keep in parentheses, e.g. t_(.*)";
            }
            return null;
        } catch (PatternSyntaxException e) {
            return "'" + text + "' is not a valid regular expression: " + e.getDescription();
        }
    }

    private RouteRule rule() {
        NamePattern schema = pattern(TableRouterConfig.SCHEMA_PATTERN, true);
        NamePattern table = pattern(TableRouterConfig.TABLE_PATTERN, false);
        String targetSchema = value(TableRouterConfig.TARGET_SCHEMA);
        if (targetSchema == null) {
            problem(TableRouterConfig.TARGET_SCHEMA, "required: the downstream schema of the tables route '" + name
                    + "' matches");
        }
        String targetTable = value(TableRouterConfig.TARGET_TABLE);
        List<ExtractColumn> extracts = new ArrayList<>();
        extract(From.TABLE, EXTRACT_TABLE_REGEXP, EXTRACT_TABLE_COLUMN, extracts);
        extract(From.SCHEMA, EXTRACT_SCHEMA_REGEXP, EXTRACT_SCHEMA_COLUMN, extracts);
        extract(From.SOURCE, EXTRACT_SOURCE_REGEXP, EXTRACT_SOURCE_COLUMN, extracts);
        checkDistinctColumns(extracts);
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new RouteRule(name, schema, table, targetSchema, targetTable, extracts);
    }

    private NamePattern pattern(String suffix, boolean required) {
        String text = value(suffix);
        if (text == null) {
            if (required) {
                problem(suffix, "required: the upstream schemas route '" + name + "' applies to, as a name, a wildcard "
                        + "such as shop_* or a ~regex");
            }
            return null;
        }
        try {
            return NamePattern.parse(text, caseSensitive);
        } catch (IllegalArgumentException e) {
            problem(suffix, e.getMessage());
            return null;
        }
    }

    private void extract(From from, String regexpSuffix, String columnSuffix, List<ExtractColumn> extracts) {
        String regexp = props.get(key(name, regexpSuffix));
        regexp = regexp == null || regexp.isBlank() ? null : regexp; // the expression itself is taken verbatim
        String column = value(columnSuffix);
        if (regexp == null && column == null) {
            return;
        }
        if (regexp == null) {
            problem(regexpSuffix, "missing: " + key(name, columnSuffix) + " is set, so give the regular expression "
                    + "whose capture groups fill it");
            return;
        }
        String wrong = regexpProblem(regexp);
        if (wrong != null) {
            problem(regexpSuffix, wrong);
        }
        if (column == null) {
            problem(columnSuffix, "missing: " + key(name, regexpSuffix) + " is set, so name the downstream column "
                    + "that receives its value");
        }
        if (wrong == null && column != null) {
            extracts.add(new ExtractColumn(from, Pattern.compile(regexp), column));
        }
    }

    private void checkDistinctColumns(List<ExtractColumn> extracts) {
        Map<String, From> seen = new HashMap<>();
        for (ExtractColumn e : extracts) {
            From earlier = seen.putIfAbsent(e.column(), e.from());
            if (earlier != null) {
                problem(columnSuffix(e.from()), "column '" + e.column() + "' is already the "
                        + columnSuffix(earlier) + " of this route: each extract column needs its own column");
            }
        }
    }

    private static String columnSuffix(From from) {
        return switch (from) {
            case TABLE -> EXTRACT_TABLE_COLUMN;
            case SCHEMA -> EXTRACT_SCHEMA_COLUMN;
            case SOURCE -> EXTRACT_SOURCE_COLUMN;
        };
    }

    /** The trimmed value of {@code routes.<name>.<suffix>}, or null when absent or blank. */
    private String value(String suffix) {
        String raw = props.get(key(name, suffix));
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private void problem(String suffix, String message) {
        problems.add(new ConfigProblem(key(name, suffix), message));
    }
}
