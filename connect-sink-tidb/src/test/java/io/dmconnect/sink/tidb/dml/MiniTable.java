package io.dmconnect.sink.tidb.dml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An in-memory downstream table {@code t(id PK, u UNIQUE NULL, v)} that applies jobs with the effect of the
 * statements DM would run for them (INSERT, REPLACE, UPDATE ... WHERE id, DELETE ... WHERE id, safe-mode
 * DELETE + REPLACE) and records every duplicate-key error and every UPDATE that found no row.
 */
final class MiniTable {
    private final Map<Long, Map<String, Object>> rows = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    void apply(DmlJob job) {
        RowChange c = job.change();
        switch (c.op()) {
            case INSERT -> write(c.after(), job.safeMode(), null);
            case DELETE -> rows.remove(id(c.before()));
            case UPDATE -> update(c, job.safeMode());
        }
    }

    private void update(RowChange c, boolean safeMode) {
        if (safeMode) {
            if (c.uniqueKeyUpdated()) {
                rows.remove(id(c.before()));
            }
            write(c.after(), true, null);
            return;
        }
        Long old = id(c.before());
        if (!rows.containsKey(old)) {
            errors.add("UPDATE found no row " + old + ": " + c);
            return;
        }
        write(c.after(), false, old);
    }

    /** INSERT (replace=false, self=null), REPLACE (replace=true) or UPDATE of row {@code self}. */
    private void write(Map<String, Object> image, boolean replace, Long self) {
        Long id = id(image);
        Object u = image.get("u");
        Iterator<Map.Entry<Long, Map<String, Object>>> it = rows.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Map<String, Object>> e = it.next();
            if (e.getKey().equals(self)) {
                continue;
            }
            boolean clash = e.getKey().equals(id) || u != null && Objects.equals(u, e.getValue().get("u"));
            if (clash && replace) {
                it.remove();
            } else if (clash) {
                errors.add("duplicate key writing " + image + " over " + e.getValue());
                return;
            }
        }
        if (self != null) {
            rows.remove(self);
        }
        rows.put(id, new LinkedHashMap<>(image));
    }

    private static Long id(Map<String, Object> image) {
        return (Long) image.get("id");
    }

    Map<Long, Map<String, Object>> rows() {
        return rows;
    }

    List<String> errors() {
        return errors;
    }
}
