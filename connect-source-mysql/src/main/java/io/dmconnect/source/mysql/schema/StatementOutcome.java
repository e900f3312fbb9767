package io.dmconnect.source.mysql.schema;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Set;

/** What a QUERY event's statement turned out to be, once the tracker has seen it. */
public sealed interface StatementOutcome {
    /** DDL, split into single statements and applied to the tracked schemas, in order. */
    record Applied(List<AppliedDdl> pieces) implements StatementOutcome {
    }

    /** BEGIN (a transaction starts; MySQL without GTIDs). */
    record Begin() implements StatementOutcome {
    }

    /** COMMIT / ROLLBACK in a QUERY event: the transaction ends. */
    record End() implements StatementOutcome {
    }

    /** DM's built-in skip list, or a statement that is not DDL (DML in a QUERY event, SAVEPOINT, ...). */
    record Skipped(String reason) implements StatementOutcome {
    }

    /** The parser cannot read it; {@code mentioned} are the tables the text may touch. */
    record Unparseable(String error, Set<TableId> mentioned) implements StatementOutcome {
    }
}
