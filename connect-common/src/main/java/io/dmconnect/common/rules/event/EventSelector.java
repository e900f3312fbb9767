package io.dmconnect.common.rules.event;

import java.util.Objects;
import java.util.Set;

/**
 * One item of a rule's {@code events} list, as DM's {@code matchEvent} reads it. Items are tried in order: the first
 * item whose {@link #matches} contains the event's type matches it; an item whose {@link #stops} contains the type
 * ends the search without a match ({@code none}, {@code none ddl}, {@code none dml}). So {@code none, insert} never
 * matches an insert while {@code insert, none} does: the order of the list matters, as it does in DM.
 *
 * @param spelling the item as written, normalised (lower case, single spaces)
 * @param matches  the types this item stands for ({@code none*} stand for nothing)
 * @param stops    the types at which a {@code none*} item ends the search; empty for every other item
 */
public record EventSelector(String spelling, Set<EventType> matches, Set<EventType> stops) {
    public EventSelector {
        Objects.requireNonNull(spelling, "spelling");
        matches = Set.copyOf(matches);
        stops = Set.copyOf(stops);
    }

    /** DM's matchEvent over an ordered list of items. */
    public static boolean anyMatches(Iterable<EventSelector> items, EventType type) {
        for (EventSelector item : items) {
            if (item.matches.contains(type)) {
                return true;
            }
            if (item.stops.contains(type)) {
                return false;
            }
        }
        return false;
    }
}
