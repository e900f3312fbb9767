package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.pattern.NamePattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One binlog event filter rule: which tables it applies to and what it does to their events. Immutable.
 *
 * @param name          the rule's name ({@code filters=<name>}), reported in decisions
 * @param schemaPattern wildcard for the schema
 * @param tablePattern  wildcard for the table, or null for a schema-level rule, which applies to every table of a
 *                      matching schema and to schema-level statements (DM's trie selector)
 * @param events        the {@code events} items in order (see {@link EventSelector})
 * @param sqlPatterns   the {@code sql-pattern} items as written
 * @param sqlRegex      the compiled {@code sql-pattern} (items joined with {@code |}), or null when there are none
 * @param action        what a match means
 */
public record BinlogEventRule(String name, NamePattern schemaPattern, NamePattern tablePattern,
                              List<EventSelector> events, List<String> sqlPatterns, Pattern sqlRegex,
                              FilterAction action) {
    public BinlogEventRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaPattern, "schemaPattern");
        Objects.requireNonNull(action, "action");
        events = List.copyOf(events);
        sqlPatterns = List.copyOf(sqlPatterns);
        if (sqlPatterns.isEmpty() != (sqlRegex == null)) {
            throw new IllegalArgumentException("sqlRegex must be given exactly when sqlPatterns are");
        }
    }

    /**
     * Builds a rule from its config values.
     *
     * @throws IllegalArgumentException for a bad pattern, event spelling or regular expression
     */
    public static BinlogEventRule of(String name, String schemaPattern, String tablePattern, List<String> events,
                                     List<String> sqlPatterns, FilterAction action, boolean caseSensitive) {
        NamePattern table = tablePattern == null || tablePattern.isEmpty() ? null
                : NamePattern.parse(tablePattern, caseSensitive, false);
        return new BinlogEventRule(name, NamePattern.parse(schemaPattern, caseSensitive, false), table,
                events.stream().map(EventTypes::selector).toList(), sqlPatterns, SqlPatterns.compile(sqlPatterns),
                action);
    }

    /** Whether the rule applies to this table ({@code ""} table: a schema-level statement). */
    public boolean appliesTo(TableId table) {
        return schemaPattern.matches(table.schema()) && (tablePattern == null || tablePattern.matches(table.table()));
    }

    /**
     * DM's two steps for one rule: the event type against {@code events}, then the raw statement against
     * {@code sql-pattern}. A match gives the rule's action unless it is {@code Do}; a miss gives {@code Ignore} when
     * it is {@code Do} (an allow-list). Empty when the rule has no say; a step is skipped when the event has no type
     * (unparsed statement), respectively no statement text (row event) or the rule no {@code sql-pattern}.
     */
    public Optional<FilterAction> verdict(EventType type, String sql) {
        if (type != null) {
            Optional<FilterAction> typed = step(EventSelector.anyMatches(events, type));
            if (typed.isPresent()) {
                return typed;
            }
        }
        if (sql != null && !sql.isEmpty() && sqlRegex != null) {
            return step(sqlRegex.matcher(sql).find());
        }
        return Optional.empty();
    }

    private Optional<FilterAction> step(boolean matched) {
        if (matched) {
            return action == FilterAction.DO ? Optional.empty() : Optional.of(action);
        }
        return action == FilterAction.DO ? Optional.of(FilterAction.IGNORE) : Optional.empty();
    }
}
