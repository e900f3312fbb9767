package io.dmconnect.common.ddl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DM's built-in list of statements the syncer always skips (dm-semantics §2.6): regular expressions anchored at
 * the start of the statement, matched case-insensitively, exactly as DM writes them, including their quirks: the
 * view pattern needs two separators, so a plain {@code CREATE VIEW v} does not match it (servers always log views
 * as {@code CREATE ALGORITHM=... DEFINER=... SQL SECURITY ... VIEW}, which does); {@link StatementClassifier}
 * catches the rest by keyword.
 */
final class BuiltInSkipList {
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        add("savepoint", "^SAVEPOINT");
        add("flush", "^FLUSH");
        add("table maintenance", "^OPTIMIZE\\s+TABLE", "^ANALYZE\\s+TABLE", "^REPAIR\\s+TABLE");
        add("temporary table", "^DROP\\s+(/\\*!40005\\s+)?TEMPORARY\\s+(\\*/\\s+)?TABLE");
        add("trigger", "^CREATE\\s+(DEFINER\\s?=.+?)?TRIGGER", "^DROP\\s+TRIGGER");
        add("procedure", "^DROP\\s+PROCEDURE", "^CREATE\\s+(DEFINER\\s?=.+?)?PROCEDURE", "^ALTER\\s+PROCEDURE");
        add("view", "^CREATE\\s*(OR REPLACE)?\\s+(ALGORITHM\\s?=.+?)?(DEFINER\\s?=.+?)?\\s+(SQL SECURITY DEFINER)?VIEW",
                "^DROP\\s+VIEW", "^ALTER\\s+(ALGORITHM\\s?=.+?)?(DEFINER\\s?=.+?)?(SQL SECURITY DEFINER)?VIEW");
        add("function", "^CREATE\\s+(AGGREGATE)?\\s*?FUNCTION", "^CREATE\\s+(DEFINER\\s?=.+?)?FUNCTION",
                "^ALTER\\s+FUNCTION", "^DROP\\s+FUNCTION");
        add("tablespace", "^CREATE\\s+TABLESPACE", "^ALTER\\s+TABLESPACE", "^DROP\\s+TABLESPACE");
        add("event", "^CREATE\\s+(DEFINER\\s?=.+?)?EVENT", "^ALTER\\s+(DEFINER\\s?=.+?)?EVENT", "^DROP\\s+EVENT");
        add("account management", "^GRANT", "^REVOKE", "^CREATE\\s+USER", "^ALTER\\s+USER", "^RENAME\\s+USER",
                "^DROP\\s+USER", "^SET\\s+PASSWORD");
    }

    private BuiltInSkipList() {
    }

    private static void add(String what, String... regexes) {
        PATTERNS.put(what, Pattern.compile(String.join("|", regexes), Pattern.CASE_INSENSITIVE));
    }

    /** The skip reason when {@code sql} matches one of DM's patterns. */
    static Optional<String> match(String sql) {
        for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(sql).find()) {
                return Optional.of(e.getKey() + " (DM built-in skip list)");
            }
        }
        return Optional.empty();
    }
}
