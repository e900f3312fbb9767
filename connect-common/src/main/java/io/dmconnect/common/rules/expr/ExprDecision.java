package io.dmconnect.common.rules.expr;

/**
 * What the expression filter decided for one row change.
 *
 * @param drop     the change is dropped (not replicated)
 * @param ruleName the rule whose expression was TRUE, or null when the change is kept
 */
public record ExprDecision(boolean drop, String ruleName) {
    public static final ExprDecision KEEP = new ExprDecision(false, null);

    public static ExprDecision droppedBy(String ruleName) {
        return new ExprDecision(true, ruleName);
    }
}
