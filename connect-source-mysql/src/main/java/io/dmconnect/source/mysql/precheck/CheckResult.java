package io.dmconnect.source.mysql.precheck;

/**
 * One failed check: DM's item name (what {@code precheck.ignore.items} takes), the config key the failure is shown
 * on, and a message that says what is wrong and what to run or change.
 */
public record CheckResult(String item, String key, String message) {
}
