package io.dmconnect.common.rules.event;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a binlog event filter rule does with the events it matches: {@code Do} replicates only what it matches (an
 * allow-list), {@code Ignore} drops what it matches, {@code Error} stops replication on what it matches.
 */
public enum FilterAction {
    DO("Do"), IGNORE("Ignore"), ERROR("Error");

    private final String spelling;

    FilterAction(String spelling) {
        this.spelling = spelling;
    }

    /** DM's spelling: {@code Do}, {@code Ignore}, {@code Error}. */
    public String spelling() {
        return spelling;
    }

    /**
     * Parses {@code Do|Ignore|Error} case-insensitively (DM itself accepts only the exact case).
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static FilterAction parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (FilterAction action : values()) {
            if (action.spelling.equalsIgnoreCase(wanted)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action '" + text + "': write one of "
                + Arrays.stream(values()).map(FilterAction::spelling).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return spelling;
    }
}
