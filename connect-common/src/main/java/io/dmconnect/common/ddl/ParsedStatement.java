package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What one QUERY-event statement is, as DM would treat it. */
public sealed interface ParsedStatement {

    /** A DDL, split the way DM splits it; may be empty ({@code ALTER TABLE t} with no specification). */
    record Ddl(List<SingleDdl> pieces) implements ParsedStatement {
        public Ddl {
            pieces = List.copyOf(pieces);
        }
    }

    /** On DM's built-in skip list (triggers, procedures, views, users, grants, ...) or otherwise table-neutral. */
    record Skipped(String reason) implements ParsedStatement {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** BEGIN / COMMIT / ROLLBACK / XA: DM ignores BEGIN and ends the transaction on COMMIT. */
    record TransactionControl(Kind kind) implements ParsedStatement {
        /** Transaction statements. */
        public enum Kind { BEGIN, COMMIT, ROLLBACK, ROLLBACK_TO_SAVEPOINT, XA_START, XA_END, XA_PREPARE, XA_COMMIT,
            XA_ROLLBACK }
    }

    /** DML or another statement that changes no table definition; DM skips it. {@code what} names it for logs. */
    record NotDdl(String what) implements ParsedStatement {
    }

    /**
     * A statement this package cannot parse. {@code mentionedTables} over-approximates the tables it could touch
     * (see {@link MentionedTables}): a captured table not in it is provably untouched.
     */
    record Unparseable(String error, Set<TableId> mentionedTables) implements ParsedStatement {
        public Unparseable {
            Objects.requireNonNull(error, "error");
            mentionedTables = Set.copyOf(mentionedTables);
        }
    }
}
