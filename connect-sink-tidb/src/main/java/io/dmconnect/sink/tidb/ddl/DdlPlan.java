package io.dmconnect.sink.tidb.ddl;

import java.util.List;
import java.util.Objects;

/** What to do with one DDL record downstream. */
public sealed interface DdlPlan {

    /** Nothing to run; {@code reason} says why, for the log. */
    record Skip(String reason) implements DdlPlan {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Run {@code statements} in order on the DDL connection, treating errors that
     * {@link io.dmconnect.sink.tidb.error.ErrorClass#IGNORABLE_DDL} covers as success.
     *
     * @param statements the whole sequence: DM's wrapper ({@code SET TIMESTAMP}, {@code SET SESSION TIME_ZONE})
     *                   around the DDL
     * @param ddls       just the DDL statements, routed and adjusted, for logs and error messages
     * @param idempotent running the DDL again cannot change the result (for
     *                   {@link io.dmconnect.sink.tidb.error.ErrorClassifier.Context#ddl})
     */
    record Execute(List<String> statements, List<String> ddls, boolean idempotent) implements DdlPlan {
        public Execute {
            statements = List.copyOf(statements);
            ddls = List.copyOf(ddls);
        }
    }
}
