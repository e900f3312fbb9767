package io.dmconnect.common.rules.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Parses the spellings of a rule's {@code events} list: every {@link EventType} spelling and alias plus DM's
 * aggregates, case-insensitively. {@code all} is every type, {@code all dml} every DML type, {@code all ddl} every DDL
 * type (compatible or not), {@code incompatible ddl changes} every incompatible DDL type; {@code none},
 * {@code none dml} and {@code none ddl} stand for no type and, where they stand in the list, stop the search for
 * the types they name (see {@link EventSelector}).
 */
public final class EventTypes {
    public static final String ALL = "all";
    public static final String ALL_DML = "all dml";
    public static final String ALL_DDL = "all ddl";
    public static final String NONE = "none";
    public static final String NONE_DML = "none dml";
    public static final String NONE_DDL = "none ddl";
    public static final String INCOMPATIBLE_DDL_CHANGES = "incompatible ddl changes";

    private static final Map<String, EventSelector> AGGREGATES = aggregates();

    private EventTypes() {
    }

    /**
     * The set of types one spelling stands for ({@code none*} stand for none).
     *
     * @throws IllegalArgumentException for an unknown spelling, naming the closest valid spellings
     */
    public static Set<EventType> parse(String spelling) {
        return selector(spelling).matches();
    }

    /** The list item for one spelling, with the stop behaviour of {@code none*}. */
    public static EventSelector selector(String spelling) {
        String normalized = EventType.normalize(spelling);
        EventSelector aggregate = AGGREGATES.get(normalized);
        if (aggregate != null) {
            return aggregate;
        }
        EventType type = EventType.bySpelling().get(normalized);
        if (type == null) {
            throw new IllegalArgumentException(unknownMessage(spelling));
        }
        return new EventSelector(normalized, EnumSet.of(type), Set.of());
    }

    /** Every accepted spelling: aggregates first, then types with their aliases, in vocabulary order. */
    public static List<String> spellings() {
        List<String> all = new ArrayList<>(AGGREGATES.keySet());
        for (EventType type : EventType.values()) {
            all.add(type.spelling());
            all.addAll(type.aliases());
        }
        return Collections.unmodifiableList(all);
    }

    private static Map<String, EventSelector> aggregates() {
        Map<String, EventSelector> map = new LinkedHashMap<>();
        put(map, ALL, t -> true, false);
        put(map, ALL_DML, EventType::isDml, false);
        put(map, ALL_DDL, EventType::isDdl, false);
        put(map, INCOMPATIBLE_DDL_CHANGES, EventType::isIncompatibleDdl, false);
        put(map, NONE, t -> true, true);
        put(map, NONE_DML, EventType::isDml, true);
        put(map, NONE_DDL, EventType::isDdl, true);
        return Collections.unmodifiableMap(map);
    }

    private static void put(Map<String, EventSelector> map, String spelling, Predicate<EventType> which, boolean stop) {
        Set<EventType> types = Arrays.stream(EventType.values()).filter(which)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        map.put(spelling, stop ? new EventSelector(spelling, Set.of(), types) : new EventSelector(spelling, types, Set.of()));
    }

    private static String unknownMessage(String spelling) {
        String normalized = EventType.normalize(spelling);
        int tolerance = Math.max(2, normalized.length() / 4);
        List<String> close = spellings().stream()
                .filter(s -> distance(s, normalized) <= tolerance || !normalized.isEmpty() && s.contains(normalized))
                .sorted(Comparator.comparingInt(s -> distance(s, normalized)))
                .limit(3).toList();
        String hint = close.isEmpty() ? "see the event vocabulary in docs/rules.md (e.g. insert, all dml, drop table)"
                : "did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?";
        return "unknown event type '" + spelling + "': " + hint;
    }

    /** Levenshtein distance; spellings are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
