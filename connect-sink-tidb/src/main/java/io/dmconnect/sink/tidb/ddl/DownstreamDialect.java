package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.ddl.DdlKind;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.sink.tidb.ddl.SqlScanner.Tok;
import io.dmconnect.sink.tidb.session.Downstream;
import java.util.List;
import java.util.Set;

/**
 * What a downstream's syntax lacks. TiDB and MariaDB accept every {@code IF [NOT] EXISTS} that DM's rewrite and
 * the upstream can produce; MySQL has none on ALTER TABLE specifications, CREATE INDEX and DROP INDEX, so for
 * MySQL they are removed and the errors a repeat then raises (duplicate column or key, can't drop) are
 * {@link io.dmconnect.sink.tidb.error.ErrorClass#IGNORABLE_DDL}, as DM relies on.
 */
final class DownstreamDialect {
    private static final Set<DdlKind> MYSQL_NO_IF = Set.of(DdlKind.ALTER_TABLE, DdlKind.CREATE_INDEX,
            DdlKind.DROP_INDEX);

    private DownstreamDialect() {
    }

    static String adapt(SingleDdl ddl, String sql, Downstream downstream) {
        if (downstream != Downstream.MYSQL || !MYSQL_NO_IF.contains(ddl.kind())) {
            return sql;
        }
        List<Tok> toks = SqlScanner.scan(sql);
        StringBuilder out = new StringBuilder(sql);
        for (int i = toks.size() - 1; i > 0; i--) {
            Tok t = toks.get(i);
            if (t.depth() != 0 || !t.isWord("IF")) {
                continue;
            }
            int exists = i + 1 < toks.size() && toks.get(i + 1).isWord("NOT") ? i + 2 : i + 1;
            if (exists < toks.size() && toks.get(exists).isWord("EXISTS")) {
                out.delete(toks.get(i - 1).end(), toks.get(exists).end());
            }
        }
        return out.toString();
    }
}
