package io.dmconnect.sink.tidb.dml;

import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Job lists from text: {@code "I id=1 ; !U id=1 > id=2 ; o:D id=3"}. A leading {@code !} means safe mode; a
 * {@code o:} prefix puts the change on the second table {@code db.o} (same columns as the first table).
 */
final class Jobs {
    private Jobs() {
    }

    static List<DmlJob> parse(String table, String specs) {
        TableSchema main = Tables.schema(table);
        TableSchema other = Tables.schema(table.replaceFirst("CREATE TABLE \\S+", "CREATE TABLE o"));
        List<DmlJob> jobs = new ArrayList<>();
        long seq = 0;
        for (String raw : specs.split(" ; ")) {
            String spec = raw.trim();
            boolean safe = spec.startsWith("!");
            spec = safe ? spec.substring(1) : spec;
            TableSchema schema = main;
            if (spec.startsWith("o:")) {
                schema = other;
                spec = spec.substring(2);
            }
            jobs.add(new DmlJob(Tables.change(schema, spec, ++seq), safe));
        }
        return jobs;
    }

    /** Jobs back as text, in the syntax {@link #parse} reads (images printed as maps). */
    static String print(List<DmlJob> jobs) {
        List<String> out = new ArrayList<>();
        for (DmlJob job : jobs) {
            RowChange c = job.change();
            String images = switch (c.op()) {
                case INSERT -> "I " + c.after();
                case DELETE -> "D " + c.before();
                case UPDATE -> "U " + c.before() + " > " + c.after();
            };
            out.add((job.safeMode() ? "!" : "") + (c.table().table().equals("o") ? "o:" : "") + images
                    + " #" + c.seq());
        }
        return String.join(" ; ", out);
    }
}
