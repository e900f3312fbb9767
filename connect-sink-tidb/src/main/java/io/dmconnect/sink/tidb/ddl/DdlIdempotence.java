package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.ddl.AlterSpec;
import io.dmconnect.common.ddl.SingleDdl;
import java.util.Locale;
import java.util.Set;

/**
 * Whether running a replayed DDL a second time leaves the same result, given DM's rewrites (IF [NOT] EXISTS) and
 * the errors counted as "already done". Decides whether a broken connection during the DDL may simply be
 * retried. Not idempotent: renames (the second run fails: the old name is gone), keys and constraints without a
 * name (the second run adds a duplicate under a new generated name), and partition operations that repeat their
 * effect (EXCHANGE swaps back, COALESCE removes more, REORGANIZE fails, ADD PARTITION PARTITIONS n adds more).
 */
final class DdlIdempotence {
    private static final Set<AlterSpec.PartitionOp> REPEATABLE_PARTITION_OPS = Set.of(AlterSpec.PartitionOp.ADD,
            AlterSpec.PartitionOp.DROP, AlterSpec.PartitionOp.TRUNCATE, AlterSpec.PartitionOp.ANALYZE,
            AlterSpec.PartitionOp.CHECK, AlterSpec.PartitionOp.OPTIMIZE, AlterSpec.PartitionOp.REBUILD,
            AlterSpec.PartitionOp.REPAIR, AlterSpec.PartitionOp.PARTITION_BY,
            AlterSpec.PartitionOp.REMOVE_PARTITIONING);

    private DdlIdempotence() {
    }

    static boolean idempotent(SingleDdl ddl) {
        return switch (ddl.kind()) {
            case RENAME_TABLE -> false;
            case ALTER_TABLE, CREATE_INDEX -> idempotent(ddl.spec());
            default -> true;
        };
    }

    private static boolean idempotent(AlterSpec spec) {
        if (spec instanceof AlterSpec.RenameTable) {
            return false;
        }
        if (spec instanceof AlterSpec.AddIndex add) {
            return !add.index().name().isEmpty();
        }
        if (spec instanceof AlterSpec.AddForeignKey fk) {
            return named(fk.foreignKey().name());
        }
        if (spec instanceof AlterSpec.AddCheck check) {
            return named(check.name());
        }
        if (spec instanceof AlterSpec.Partition p) {
            return REPEATABLE_PARTITION_OPS.contains(p.op())
                    && !(p.op() == AlterSpec.PartitionOp.ADD && p.sql().toUpperCase(Locale.ROOT).contains("PARTITIONS"));
        }
        return true;
    }

    private static boolean named(String name) {
        return name != null && !name.isEmpty();
    }
}
