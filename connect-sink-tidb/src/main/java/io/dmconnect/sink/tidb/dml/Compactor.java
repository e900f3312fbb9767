package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DM's compactor ({@code compact: true}): within one batch, the changes of one row collapse into the last one.
 *
 * <p>Only rows of tables with a PK or a unique key of NOT NULL columns are compacted, keyed by those values per
 * target table (exact values: a false match would merge two rows). An UPDATE that changes those values is first
 * split into DELETE(before) + INSERT(after). Then, for a change whose row is already buffered (previous → current):
 * <pre>
 *   INSERT + UPDATE → INSERT of the new values      UPDATE + UPDATE → UPDATE (first before, last after)
 *   INSERT + DELETE → DELETE                        UPDATE + DELETE → DELETE of the first before image
 *   DELETE + INSERT → in safe mode: UPDATE from the deleted row to the new one (DM: INSERT in safe mode)
 *   invalid upstream, kept as DM reduces them: INSERT + INSERT → INSERT, DELETE + DELETE → DELETE,
 *   UPDATE + INSERT → UPDATE, DELETE + UPDATE → UPDATE
 * </pre>
 * The merged change takes the place of the current one (the previous one is removed) and keeps the current
 * change's {@code seq}; it is in safe mode when either part was. Every output job is in safe mode if it was, or
 * if the first job of its window was.
 *
 * <p><b>Windows.</b> Moving a change later is only safe while no other row of the window uses one of its unique
 * values: row B taking a unique value that row A frees must stay after A. So a change that shares a causality key
 * with a buffered change of another row closes the window: the buffered changes are emitted and compaction starts
 * afresh (DM has no such rule and can then fail with a duplicate key; see docs). Uncompactable changes keep their
 * place.
 */
public final class Compactor {
    /** The compacted jobs, in apply order. */
    public List<DmlJob> compact(List<DmlJob> jobs) {
        List<DmlJob> out = new ArrayList<>(jobs.size());
        Window window = new Window();
        int uncompactable = 0;
        for (DmlJob job : jobs) {
            RowChange change = job.change();
            if (!compactable(change)) {
                // owners starting with '#' never merge, so they only close windows against compactable rows
                window = window.admit(CausalityKeys.of(change), "#" + uncompactable++, out);
                window.append(job);
            } else if (change.identityUpdated()) {
                RowChange[] parts = change.split();
                window = compact(window, job.with(parts[0]), out);
                window = compact(window, job.with(parts[1]), out);
            } else {
                window = compact(window, job, out);
            }
        }
        window.flushTo(out);
        return out;
    }

    private static boolean compactable(RowChange change) {
        TableLayout.Key key = TableLayout.of(change.schema()).identityKey();
        return key != null && identifies(key, change.before()) && identifies(key, change.after());
    }

    /** An empty image, or one that carries the key without NULLs (a NULL in a NOT NULL key is bad data). */
    private static boolean identifies(TableLayout.Key key, Map<String, Object> image) {
        return image.isEmpty() || TableLayout.covers(key, image)
                && !RowIdentity.valuesOf(key.columns(), image).contains(null);
    }

    private static Window compact(Window window, DmlJob job, List<DmlJob> out) {
        RowChange change = job.change();
        String rowKey = identityKey(change);
        Window w = window.admit(CausalityKeys.of(change), change.table().quoted() + "|" + rowKey, out);
        Map<String, Integer> positions = w.positions.computeIfAbsent(change.table(), t -> new HashMap<>());
        Integer previousAt = positions.get(rowKey);
        if (previousAt == null) {
            positions.put(rowKey, w.buffer.size());
            w.append(job);
            return w;
        }
        DmlJob merged = merge(w.buffer.get(previousAt), job);
        w.buffer.set(previousAt, null);
        positions.put(rowKey, w.buffer.size());
        w.append(merged);
        return w;
    }

    /**
     * DM's {@code Reduce}, with safe mode OR-ed. DELETE + INSERT becomes a safe-mode UPDATE from the deleted row to
     * the new one rather than DM's lone safe-mode INSERT: it applies the same way (REPLACE, after a DELETE of the
     * old row when a unique value changed) but keeps the deleted row's unique values for conflict detection.
     */
    static DmlJob merge(DmlJob previous, DmlJob current) {
        RowChange.Op prev = previous.change().op();
        RowChange.Op cur = current.change().op();
        // DM keeps the current job's flag (the INSERT's for INSERT + UPDATE); OR-ing never drops safe mode
        boolean safeMode = previous.safeMode() || current.safeMode()
                || cur == RowChange.Op.INSERT && prev == RowChange.Op.DELETE;
        if (cur == RowChange.Op.DELETE && prev == RowChange.Op.INSERT) {
            return current.withSafeMode(safeMode);
        }
        return new DmlJob(current.change().withBefore(previous.change().before()), safeMode);
    }

    /** DM's {@code IdentityKey}: the identity key values of the before image, else of the after image. */
    private static String identityKey(RowChange change) {
        var image = change.before().isEmpty() ? change.after() : change.before();
        var key = TableLayout.of(change.schema()).identityKey();
        StringBuilder text = new StringBuilder();
        for (Object v : RowIdentity.valuesOf(key.columns(), image)) {
            ValueKeys.appendExact(text, v);
        }
        return text.toString();
    }

    /** The changes buffered since the last window boundary. */
    private static final class Window {
        final List<DmlJob> buffer = new ArrayList<>(); // null where a change was merged into a later one
        final Map<TableId, Map<String, Integer>> positions = new HashMap<>();
        final Map<String, String> owners = new HashMap<>(); // causality key -> row that used it in this window
        boolean started;
        boolean baseSafeMode;

        /** This window, or a fresh one (this one emitted) when a key belongs to another row of this window. */
        Window admit(List<String> keys, String owner, List<DmlJob> out) {
            Window w = this;
            for (String key : keys) {
                String holder = owners.get(key);
                if (holder != null && !holder.equals(owner) && !(holder.startsWith("#") && owner.startsWith("#"))) {
                    flushTo(out);
                    w = new Window();
                    break;
                }
            }
            for (String key : keys) {
                w.owners.put(key, owner);
            }
            return w;
        }

        void append(DmlJob job) {
            if (!started) {
                started = true;
                baseSafeMode = job.safeMode(); // DM: the buffer's safe mode is its first job's
            }
            buffer.add(job);
        }

        void flushTo(List<DmlJob> out) {
            for (DmlJob job : buffer) {
                if (job != null) {
                    out.add(job.withSafeMode(baseSafeMode || job.safeMode()));
                }
            }
        }
    }
}
