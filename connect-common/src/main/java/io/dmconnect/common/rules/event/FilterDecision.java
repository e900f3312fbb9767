package io.dmconnect.common.rules.event;

import java.util.Objects;

/**
 * The filter's verdict for one event.
 *
 * @param action   {@link FilterAction#DO} replicate, {@link FilterAction#IGNORE} skip, {@link FilterAction#ERROR} stop
 *                 with an error
 * @param ruleName the rule that decided, or null when no rule did (the default {@code Do})
 */
public record FilterDecision(FilterAction action, String ruleName) {
    /** No rule objected: replicate. */
    public static final FilterDecision DEFAULT_DO = new FilterDecision(FilterAction.DO, null);

    public FilterDecision {
        Objects.requireNonNull(action, "action");
    }

    public boolean isIgnore() {
        return action == FilterAction.IGNORE;
    }

    public boolean isError() {
        return action == FilterAction.ERROR;
    }
}
