package io.dmconnect.common.rules.expr;

/**
 * One expression evaluated for the dry run: which rule and key, the expression, and its value as MySQL would print
 * it ({@code 1}, {@code 0}, {@code NULL}, ...), or the problem that prevented evaluating it.
 *
 * @param rule       the rule name
 * @param key        the configuration key the expression comes from
 * @param expression the expression as configured
 * @param result     the value, rendered; null when there is a problem
 * @param isTrue     the value is TRUE (non-NULL, non-zero)
 * @param problem    why the expression was not evaluated (unknown column, evaluation error), or null
 */
public record ExprTrace(String rule, String key, String expression, String result, boolean isTrue, String problem) {
}
