package io.dmconnect.common.rules;

/** Which connector the rules configure: routing exists on the sink only (the coordinator must see the merge). */
public enum RuleSide {
    SOURCE, SINK;

    public boolean routes() {
        return this == SINK;
    }
}
