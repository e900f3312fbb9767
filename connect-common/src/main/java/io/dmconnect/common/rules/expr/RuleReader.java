package io.dmconnect.common.rules.expr;

import io.dmconnect.common.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one named rule from connector properties, adding a problem per bad key (all of them, not the first). */
final class RuleReader {
    private final Map<String, String> props;
    private final String name;
    private final List<ConfigProblem> problems;

    RuleReader(Map<String, String> props, String name, List<ConfigProblem> problems) {
        this.props = props;
        this.name = name;
        this.problems = problems;
    }

    /** The rule, or null when it has a problem (then recorded). */
    ExpressionRule read() {
        int before = problems.size();
        String schema = name(ExpressionFilterConfig.SCHEMA, "schema (database)");
        String table = name(ExpressionFilterConfig.TABLE, "table");
        Expression insert = expression(ExpressionFilterConfig.INSERT);
        Expression updateOld = expression(ExpressionFilterConfig.UPDATE_OLD);
        Expression updateNew = expression(ExpressionFilterConfig.UPDATE_NEW);
        Expression delete = expression(ExpressionFilterConfig.DELETE);
        List<RowOp> kinds = kinds();
        if (kinds.isEmpty()) {
            problems.add(new ConfigProblem(ExpressionFilterConfig.FILTERS, "rule '" + name + "' has no expression: set one of "
                    + key(ExpressionFilterConfig.INSERT) + ", " + key(ExpressionFilterConfig.UPDATE_OLD) + " / "
                    + key(ExpressionFilterConfig.UPDATE_NEW) + ", " + key(ExpressionFilterConfig.DELETE)));
        }
        for (int i = 1; i < kinds.size(); i++) {
            for (String suffix : suffixes(kinds.get(i))) {
                if (isSet(suffix)) {
                    problems.add(new ConfigProblem(key(suffix), "rule '" + name + "' already filters " + kinds.get(0)
                            + " (" + String.join(", ", suffixes(kinds.get(0)).stream().filter(this::isSet).map(this::key).toList())
                            + "); a rule takes the expression(s) of one kind of change: move this one to a rule of its own "
                            + "(DM: ErrConfigExprFilterManyExpr)"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return switch (kinds.get(0)) {
            case INSERT -> ExpressionRule.insert(name, schema, table, insert);
            case UPDATE -> ExpressionRule.update(name, schema, table, updateOld, updateNew);
            case DELETE -> ExpressionRule.delete(name, schema, table, delete);
        };
    }

    private String key(String suffix) {
        return ExpressionFilterConfig.key(name, suffix);
    }

    private boolean isSet(String suffix) {
        String v = props.get(key(suffix));
        return v != null && !v.isBlank();
    }

    private List<RowOp> kinds() {
        List<RowOp> kinds = new ArrayList<>();
        for (RowOp op : RowOp.values()) {
            if (suffixes(op).stream().anyMatch(this::isSet)) {
                kinds.add(op);
            }
        }
        return kinds;
    }

    private static List<String> suffixes(RowOp op) {
        return switch (op) {
            case INSERT -> List.of(ExpressionFilterConfig.INSERT);
            case UPDATE -> List.of(ExpressionFilterConfig.UPDATE_OLD, ExpressionFilterConfig.UPDATE_NEW);
            case DELETE -> List.of(ExpressionFilterConfig.DELETE);
        };
    }

    private String name(String suffix, String what) {
        String value = props.get(key(suffix));
        if (value == null || value.isBlank()) {
            problems.add(new ConfigProblem(key(suffix), "missing: set the " + what + " this rule filters (an exact name)"));
            return null;
        }
        String problem = exactNameProblem(value);
        if (problem != null) {
            problems.add(new ConfigProblem(key(suffix), problem));
            return null;
        }
        return value.trim();
    }

    static String exactNameProblem(String value) {
        if (value == null || value.isBlank()) {
            return "missing: set an exact name";
        }
        if (value.contains("*") || value.contains("?") || value.startsWith("~")) {
            return "'" + value + "': expression filters match one exact name (DM has no wildcards or regular expressions "
                    + "here); write the exact name, with one rule per table";
        }
        return null;
    }

    private Expression expression(String suffix) {
        String text = props.get(key(suffix));
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Expression.parse(text);
        } catch (ExpressionException e) {
            problems.add(new ConfigProblem(key(suffix), describe(text, e)));
            return null;
        }
    }

    /** The message of a bad expression: the expression, what is wrong, and where the supported set is listed. */
    static String describe(String text, ExpressionException e) {
        String message = "`" + text.trim() + "` " + (e.kind() == ExpressionException.Kind.SYNTAX ? "" : "uses ") + e.getMessage();
        return e.kind() == ExpressionException.Kind.UNSUPPORTED
                ? message + "; the supported operators and functions are listed in docs/rules.md (expression filter)" : message;
    }
}
