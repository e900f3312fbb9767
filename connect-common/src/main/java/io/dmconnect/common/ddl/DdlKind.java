package io.dmconnect.common.ddl;

/** What one split DDL statement does; the unit the schema tracker applies and the rules classify. */
public enum DdlKind {
    CREATE_DATABASE,
    ALTER_DATABASE,
    DROP_DATABASE,
    CREATE_TABLE,
    CREATE_TABLE_LIKE,
    /** {@code CREATE TABLE ... SELECT}: its columns depend on the query, so it cannot be applied from the text. */
    CREATE_TABLE_AS_SELECT,
    DROP_TABLE,
    TRUNCATE_TABLE,
    RENAME_TABLE,
    /** Exactly one ALTER specification (after DM's split). */
    ALTER_TABLE,
    CREATE_INDEX,
    DROP_INDEX,
    /** MariaDB sequences are tables with a fixed structure. */
    CREATE_SEQUENCE,
    ALTER_SEQUENCE,
    DROP_SEQUENCE
}
