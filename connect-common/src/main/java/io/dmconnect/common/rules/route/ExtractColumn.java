package io.dmconnect.common.rules.route;

import io.dmconnect.common.TableId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One extract column of a route rule: a regular expression applied to the upstream table name, schema name or
 * source id, whose capture groups, concatenated, become the value of {@code column} in every routed row.
 *
 * <p>As in DM: the expression is unanchored and case-sensitive (case.sensitive does not apply to it), it sees the
 * name as the upstream spells it, and when it does not match, or a group does not take part in the match, that
 * part contributes the empty string; the column is still written.
 */
public record ExtractColumn(From from, Pattern regexp, String column) {

    /** What the expression is applied to; the declaration order is DM's column order. */
    public enum From {
        TABLE, SCHEMA, SOURCE
    }

    public ExtractColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(regexp, "regexp");
        Objects.requireNonNull(column, "column");
    }

    public String value(TableId upstream, String sourceId) {
        String input = switch (from) {
            case TABLE -> upstream.table();
            case SCHEMA -> upstream.schema();
            case SOURCE -> sourceId;
        };
        Matcher m = regexp.matcher(input);
        if (!m.find()) {
            return "";
        }
        StringBuilder value = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) {
            String group = m.group(g);
            if (group != null) {
                value.append(group);
            }
        }
        return value.toString();
    }
}
