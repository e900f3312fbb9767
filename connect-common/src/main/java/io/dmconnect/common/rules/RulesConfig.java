package io.dmconnect.common.rules;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.config.ListValues;
import io.dmconnect.common.rules.ba.BlockAllowListConfig;
import io.dmconnect.common.rules.event.BinlogEventFilterConfig;
import io.dmconnect.common.rules.expr.ExpressionFilterConfig;
import io.dmconnect.common.rules.route.TableRouter;
import io.dmconnect.common.rules.route.TableRouterConfig;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The rule keys both connectors share (the sink adds {@code routes}), declared once. Named groups follow Connect's
 * {@code transforms} convention: {@code filters=a,b} lists names, {@code filters.a.*} configures one. Their per-name
 * keys are declared for the names a configuration actually lists ({@link #enrich}) and, for the reference docs,
 * for the placeholder name {@code <name>} ({@link #documented}).
 */
public final class RulesConfig {
    public static final String GROUP = "Rules";
    public static final String CASE_SENSITIVE = "case.sensitive";
    public static final String FILTERS = "filters";
    public static final String EXPRESSION_FILTERS = "expression.filters";
    public static final String ROUTES = "routes";
    static final String DOC_NAME = "<name>";

    private RulesConfig() {
    }

    /** Declares the fixed rule keys: case.sensitive, the block-allow list and the names of each named group. */
    public static ConfigDef define(ConfigDef def, RuleSide side) {
        def.define(CASE_SENSITIVE, Type.BOOLEAN, false, Importance.MEDIUM,
                "Whether schema and table names in every rule are matched case-sensitively. DM's default, false, "
                        + "lower-cases patterns and names (and makes ~regex case-insensitive).",
                GROUP, 1, Width.SHORT, "Case-sensitive rules");
        BlockAllowListConfig.define(def);
        BinlogEventFilterConfig.define(def);
        ExpressionFilterConfig.define(def);
        if (side.routes()) {
            TableRouterConfig.define(def);
        }
        return def;
    }

    /** The fixed keys plus the per-name keys of every name the configuration lists, for validation. */
    public static ConfigDef enrich(ConfigDef base, Map<String, String> props, RuleSide side) {
        ConfigDef def = new ConfigDef(base);
        for (String name : distinct(ListValues.names(props, FILTERS))) {
            BinlogEventFilterConfig.defineRule(def, name);
        }
        for (String name : distinct(ListValues.names(props, EXPRESSION_FILTERS))) {
            ExpressionFilterConfig.defineRule(def, name);
        }
        if (side.routes()) {
            for (String name : distinct(ListValues.names(props, ROUTES))) {
                TableRouterConfig.defineRule(def, name);
            }
        }
        return def;
    }

    /** The fixed keys plus every per-name key for the placeholder name {@code <name>}: what the reference shows. */
    public static ConfigDef documented(ConfigDef base, RuleSide side) {
        ConfigDef def = new ConfigDef(base);
        BinlogEventFilterConfig.defineRule(def, DOC_NAME);
        ExpressionFilterConfig.defineRule(def, DOC_NAME);
        if (side.routes()) {
            TableRouterConfig.defineRule(def, DOC_NAME);
        }
        return def;
    }

    /** Parses every rule; throws {@link InvalidConfigException} carrying the problems of all parts at once. */
    public static Rules parse(Map<String, String> props, RuleSide side) {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean caseSensitive = Boolean.parseBoolean(props.getOrDefault(CASE_SENSITIVE, "false").trim());
        var blockAllow = collect(problems, () -> BlockAllowListConfig.parse(props, caseSensitive));
        var eventFilter = collect(problems, () -> BinlogEventFilterConfig.parse(props, caseSensitive));
        var expressionFilter = collect(problems, () -> ExpressionFilterConfig.parse(props, caseSensitive, ZoneOffset.UTC));
        TableRouter router = side.routes()
                ? collect(problems, () -> TableRouterConfig.parse(props, caseSensitive))
                : TableRouterConfig.parse(Map.of(), caseSensitive); // the source publishes under upstream names
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new Rules(side, caseSensitive, blockAllow, router, eventFilter, expressionFilter);
    }

    /** Every problem of the rule keys; empty when they parse. */
    public static List<ConfigProblem> problems(Map<String, String> props, RuleSide side) {
        try {
            parse(props, side);
            return List.of();
        } catch (InvalidConfigException e) {
            return e.problems();
        }
    }

    private static <T> T collect(List<ConfigProblem> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }
}
