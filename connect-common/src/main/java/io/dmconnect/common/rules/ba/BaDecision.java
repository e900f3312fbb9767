package io.dmconnect.common.rules.ba;

import java.util.Objects;

/**
 * The block-allow list's verdict on one table or schema: whether it is captured, and what decided it, in words an
 * operator can trace back to one key and one entry (for example {@code block.allow.ignore.tables entry 'shop.log_*'}).
 */
public record BaDecision(boolean captured, String reason) {
    public BaDecision {
        Objects.requireNonNull(reason, "reason");
    }

    static BaDecision capture(String reason) {
        return new BaDecision(true, reason);
    }

    static BaDecision drop(String reason) {
        return new BaDecision(false, reason);
    }
}
