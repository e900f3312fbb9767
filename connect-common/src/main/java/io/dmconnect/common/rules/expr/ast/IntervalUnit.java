package io.dmconnect.common.rules.expr.ast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The units of {@code INTERVAL n unit}. A composite unit ({@code DAY_HOUR}) takes a string whose numbers fill its
 * fields from the right ({@code '1 2'} is 1 day 2 hours); a simple unit takes a number.
 */
public enum IntervalUnit {
    MICROSECOND(Field.MICROSECOND), SECOND(Field.SECOND), MINUTE(Field.MINUTE), HOUR(Field.HOUR), DAY(Field.DAY),
    WEEK(Field.WEEK), MONTH(Field.MONTH), QUARTER(Field.QUARTER), YEAR(Field.YEAR),
    SECOND_MICROSECOND(Field.SECOND, Field.MICROSECOND),
    MINUTE_MICROSECOND(Field.MINUTE, Field.SECOND, Field.MICROSECOND),
    MINUTE_SECOND(Field.MINUTE, Field.SECOND),
    HOUR_MICROSECOND(Field.HOUR, Field.MINUTE, Field.SECOND, Field.MICROSECOND),
    HOUR_SECOND(Field.HOUR, Field.MINUTE, Field.SECOND),
    HOUR_MINUTE(Field.HOUR, Field.MINUTE),
    DAY_MICROSECOND(Field.DAY, Field.HOUR, Field.MINUTE, Field.SECOND, Field.MICROSECOND),
    DAY_SECOND(Field.DAY, Field.HOUR, Field.MINUTE, Field.SECOND),
    DAY_MINUTE(Field.DAY, Field.HOUR, Field.MINUTE),
    DAY_HOUR(Field.DAY, Field.HOUR),
    YEAR_MONTH(Field.YEAR, Field.MONTH);

    /** One field of a unit, with its size in months or in microseconds. */
    public enum Field {
        YEAR(12, 0), QUARTER(3, 0), MONTH(1, 0), WEEK(0, 7L * 86_400_000_000L), DAY(0, 86_400_000_000L),
        HOUR(0, 3_600_000_000L), MINUTE(0, 60_000_000L), SECOND(0, 1_000_000L), MICROSECOND(0, 1L);

        private final long months;
        private final long micros;

        Field(long months, long micros) {
            this.months = months;
            this.micros = micros;
        }

        public long months() {
            return months;
        }

        public long micros() {
            return micros;
        }
    }

    private final List<Field> fields;

    IntervalUnit(Field... fields) {
        this.fields = List.of(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    public boolean isComposite() {
        return fields.size() > 1;
    }

    /** Whether adding this unit to a DATE keeps a DATE (MySQL turns the result into a DATETIME otherwise). */
    public boolean isDateOnly() {
        return fields.stream().allMatch(f -> f.micros == 0 || f == Field.DAY || f == Field.WEEK);
    }

    public static Optional<IntervalUnit> of(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
