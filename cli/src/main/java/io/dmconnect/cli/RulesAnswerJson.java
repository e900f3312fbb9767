package io.dmconnect.cli;

import io.dmconnect.common.rules.DryRun;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders a dry-run answer: the JSON object the issue specifies, or aligned text for people. */
final class RulesAnswerJson {
    private RulesAnswerJson() {
    }

    /**
     * {@code {"captured":..,"target":{"schema":..,"table":..},"extract":{..},"event_action":"Do|Ignore|Error",
     * "expression":"keep|drop","rules":{...which rule decided each}}}; event_action and expression only when asked.
     */
    static Map<String, Object> of(DryRun.Answer a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("captured", a.captured());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("schema", a.route().target().schema());
        target.put("table", a.route().target().table());
        json.put("target", target);
        json.put("extract", a.route().extractColumns());
        Map<String, Object> decidedBy = new LinkedHashMap<>();
        decidedBy.put("block_allow", a.capture().reason());
        decidedBy.put("route", a.route().ruleName());
        if (a.event() != null) {
            json.put("event", a.event().spelling());
        }
        if (a.eventDecision() != null) {
            json.put("event_action", action(a));
            decidedBy.put("event_filter", a.eventDecision().ruleName());
        }
        if (a.expression() != null) {
            json.put("expression", a.expression().drop() ? "drop" : "keep");
            decidedBy.put("expression_filter", a.expression().ruleName());
        }
        json.put("rules", decidedBy);
        return json;
    }

    static void printText(PrintStream out, DryRun.Question q, DryRun.Answer a) {
        line(out, "table", q.table().toString(), null);
        line(out, "captured", a.captured() ? "yes" : "no", a.capture().reason());
        line(out, "target", a.route().target().toString(), a.route().ruleName() == null ? "no route matched" : "route " + a.route().ruleName());
        if (!a.route().extractColumns().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            a.route().extractColumns().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
            line(out, "extract", sb.toString(), null);
        }
        if (a.eventDecision() != null) {
            String event = a.event() == null ? "statement (no event type)" : a.event().spelling();
            line(out, "event", event + " -> " + action(a),
                    a.eventDecision().ruleName() == null ? "no filter decided: default Do" : "filter " + a.eventDecision().ruleName());
        }
        if (a.expression() != null) {
            line(out, "expression", a.rowOp().name().toLowerCase(Locale.ROOT) + " -> " + (a.expression().drop() ? "drop" : "keep"),
                    a.expression().ruleName() == null ? "no expression filter applies" : "expression filter " + a.expression().ruleName());
        }
    }

    private static String action(DryRun.Answer a) {
        String name = a.eventDecision().action().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static void line(PrintStream out, String label, String value, String why) {
        out.printf("%-11s %s%s%n", label, value, why == null ? "" : "   (" + why + ")");
    }
}
