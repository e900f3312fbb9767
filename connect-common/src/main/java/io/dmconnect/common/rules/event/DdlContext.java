package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.function.Function;

/** What a DDL is classified against: the {@code USE} schema for unqualified names and the schema tracker. */
record DdlContext(String defaultSchema, Function<TableId, TableSchema> tracker) {

    /** A table named in the statement; an unqualified one is in the {@code USE} schema (DM's rule). */
    TableId table(String schema, String table) {
        String s = schema == null || schema.isEmpty() ? defaultSchema : SqlTokenizer.unquoteIdentifier(schema);
        return new TableId(s, SqlTokenizer.unquoteIdentifier(table));
    }

    TableId schema(String schema) {
        return TableId.schemaOnly(schema == null ? defaultSchema : SqlTokenizer.unquoteIdentifier(schema));
    }

    /** The tracked table, or null; a failing tracker is not a bad statement, so its exception is marked. */
    TableSchema tracked(TableId table) {
        if (tracker == null) {
            return null;
        }
        try {
            return tracker.apply(table);
        } catch (RuntimeException e) {
            throw new TrackerFailure(e);
        }
    }

    /** Carries a tracker exception through the classifier's catch of parser failures. */
    static final class TrackerFailure extends RuntimeException {
        TrackerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }
}
