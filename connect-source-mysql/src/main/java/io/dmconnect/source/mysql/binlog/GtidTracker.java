package io.dmconnect.source.mysql.binlog;

import com.github.shyiko.mysql.binlog.GtidSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The executed GTID set, kept current as transactions commit, in the server's own flavour: MariaDB's
 * {@code domain-server-seq} list (one entry per domain, the last one wins) or MySQL's {@code uuid:intervals}.
 */
public sealed interface GtidTracker permits GtidTracker.MariaDb, GtidTracker.MySql {

    /** Adds the GTID of a committed transaction. */
    void add(String gtid);

    /** The set as the server prints it ({@code gtid_binlog_pos} / {@code gtid_executed}). */
    String current();

    static GtidTracker forServer(boolean mariaDb, String initial) {
        return mariaDb ? new MariaDb(initial) : new MySql(initial);
    }

    /** MariaDB: per replication domain, the last GTID. */
    final class MariaDb implements GtidTracker {
        private final Map<Long, String> byDomain = new LinkedHashMap<>();

        MariaDb(String initial) {
            if (initial != null) {
                for (String gtid : initial.split(",")) {
                    if (!gtid.isBlank()) {
                        add(gtid.trim());
                    }
                }
            }
        }

        @Override
        public void add(String gtid) {
            if (!gtid.matches("\\d+-\\d+-\\d+")) {
                throw new IllegalArgumentException("not a MariaDB GTID (domain-server-seq): " + gtid);
            }
            byDomain.put(Long.parseLong(gtid.substring(0, gtid.indexOf('-'))), gtid);
        }

        @Override
        public String current() {
            return byDomain.values().stream().collect(Collectors.joining(","));
        }
    }

    /** MySQL: the library's interval set. */
    final class MySql implements GtidTracker {
        private final GtidSet set;

        MySql(String initial) {
            this.set = new GtidSet(initial == null ? "" : initial);
        }

        @Override
        public void add(String gtid) {
            set.add(gtid);
        }

        @Override
        public String current() {
            return set.toString();
        }
    }
}
