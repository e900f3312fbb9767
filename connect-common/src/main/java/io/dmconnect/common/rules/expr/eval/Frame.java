package io.dmconnect.common.rules.expr.eval;

import io.dmconnect.common.rules.expr.value.Session;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One evaluation: the row it reads, the session time zone, and the statement time, read once from the clock and
 * shared by the frames of one row change (its old and new row), as MySQL fixes NOW() for a statement. Not
 * thread-safe: one per row change.
 */
public final class Frame implements Session {
    private final RowView row;
    private final ZoneId zone;
    private final Clock clock;
    private final LocalDateTime[] now;

    public Frame(RowView row, ZoneId zone, Clock clock) {
        this(row, zone, clock, new LocalDateTime[1]);
    }

    private Frame(RowView row, ZoneId zone, Clock clock, LocalDateTime[] now) {
        this.row = row;
        this.zone = zone;
        this.clock = clock;
        this.now = now;
    }

    /** A frame over another row image of the same change, with the same statement time. */
    public Frame sibling(RowView other) {
        return new Frame(other, zone, clock, now);
    }

    Object column(int index) {
        return row.value(index);
    }

    Object column(String name) {
        return row.value(name);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public LocalDateTime now() {
        if (now[0] == null) {
            now[0] = LocalDateTime.ofInstant(clock.instant(), zone);
        }
        return now[0];
    }
}
