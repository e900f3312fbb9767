package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.function.Function;

/**
 * The structured content of one {@link SingleDdl}: an ALTER specification (also used for CREATE/DROP INDEX), a
 * table definition (CREATE TABLE), the source table of CREATE TABLE LIKE, database options, or nothing (DROP,
 * TRUNCATE, RENAME).
 */
public sealed interface DdlDetail permits AlterSpec, TableDefinition, DdlDetail.LikeTable, DdlDetail.DatabaseOptions,
        DdlDetail.None {
    /** The same detail with every table name passed through {@code rename}; most details name no table. */
    default DdlDetail withTables(Function<TableId, TableId> rename) {
        return this;
    }

    /** CREATE TABLE ... LIKE {@code source}. */
    record LikeTable(TableId source) implements DdlDetail {
        @Override
        public DdlDetail withTables(Function<TableId, TableId> rename) {
            return new LikeTable(rename.apply(source));
        }
    }

    /** CREATE / ALTER DATABASE options; null when not given. */
    record DatabaseOptions(String charset, String collation) implements DdlDetail {
    }

    /** Nothing beyond the kind and the table(s). */
    record None() implements DdlDetail {
    }

    DdlDetail NONE = new None();
}
