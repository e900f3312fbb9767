package io.dmconnect.common.rules.expr.value;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What an evaluation knows besides the row: the session time zone (TIMESTAMP values and NOW() are in it) and the
 * statement time, fixed for one evaluation as MySQL fixes it for one statement.
 */
public interface Session {
    ZoneId zone();

    /** The current time in the session zone, with nanoseconds; functions truncate it to their precision. */
    LocalDateTime now();
}
