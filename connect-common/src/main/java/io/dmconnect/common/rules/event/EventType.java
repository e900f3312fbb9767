package io.dmconnect.common.rules.event;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event type of DM's binlog event filter vocabulary ({@code pkg/binlog-filter/filter.go}), with its config
 * spelling, its aliases and DM's classification ({@code ClassifyEvent}): DML, compatible DDL or incompatible DDL.
 *
 * <p>The aggregates ({@code all}, {@code all ddl}, {@code none}, ...) are not types; {@link EventTypes} expands them.
 * Some types exist in DM's vocabulary only because TiCDC shares the filter package: DM never classifies a MySQL
 * statement as one of them ({@link #producedByDm()} is false), so a rule that lists only those never matches.
 */
public enum EventType {
    INSERT("insert", Category.DML, true),
    UPDATE("update", Category.DML, true),
    DELETE("delete", Category.DML, true),

    CREATE_DATABASE("create database", Category.DDL, true, "create schema"),
    ALTER_DATABASE("alter database", Category.DDL, true, "alter schema"),
    CREATE_TABLE("create table", Category.DDL, true),
    CREATE_INDEX("create index", Category.DDL, true),
    CREATE_VIEW("create view", Category.DDL, true),
    DROP_VIEW("drop view", Category.DDL, true),
    ALTER_TABLE("alter table", Category.DDL, true),
    ADD_TABLE_PARTITION("add table partition", Category.DDL, false),

    DROP_DATABASE("drop database", Category.INCOMPATIBLE_DDL, true, "drop schema"),
    DROP_TABLE("drop table", Category.INCOMPATIBLE_DDL, true),
    TRUNCATE_TABLE("truncate table", Category.INCOMPATIBLE_DDL, true),
    RENAME_TABLE("rename table", Category.INCOMPATIBLE_DDL, true),
    DROP_INDEX("drop index", Category.INCOMPATIBLE_DDL, true),
    DROP_TABLE_PARTITION("drop table partition", Category.INCOMPATIBLE_DDL, true),
    TRUNCATE_TABLE_PARTITION("truncate table partition", Category.INCOMPATIBLE_DDL, true),
    VALUE_RANGE_DECREASE("value range decrease", Category.INCOMPATIBLE_DDL, true),
    PRECISION_DECREASE("precision decrease", Category.INCOMPATIBLE_DDL, true),
    MODIFY_COLUMN("modify column", Category.INCOMPATIBLE_DDL, true),
    RENAME_COLUMN("rename column", Category.INCOMPATIBLE_DDL, true),
    RENAME_INDEX("rename index", Category.INCOMPATIBLE_DDL, true),
    DROP_COLUMN("drop column", Category.INCOMPATIBLE_DDL, true),
    DROP_PRIMARY_KEY("drop primary key", Category.INCOMPATIBLE_DDL, true),
    DROP_UNIQUE_KEY("drop unique key", Category.INCOMPATIBLE_DDL, true),
    MODIFY_DEFAULT_VALUE("modify default value", Category.INCOMPATIBLE_DDL, true),
    MODIFY_CONSTRAINT("modify constraint", Category.INCOMPATIBLE_DDL, true),
    MODIFY_COLUMNS_ORDER("modify columns order", Category.INCOMPATIBLE_DDL, true),
    MODIFY_CHARSET("modify charset", Category.INCOMPATIBLE_DDL, true),
    MODIFY_COLLATION("modify collation", Category.INCOMPATIBLE_DDL, true),
    REMOVE_AUTO_INCREMENT("remove auto increment", Category.INCOMPATIBLE_DDL, true),
    MODIFY_STORAGE_ENGINE("modify storage engine", Category.INCOMPATIBLE_DDL, true),
    REORGANIZE_TABLE_PARTITION("reorganize table partition", Category.INCOMPATIBLE_DDL, true),
    REBUILD_TABLE_PARTITION("rebuild table partition", Category.INCOMPATIBLE_DDL, true),
    COALESCE_TABLE_PARTITION("coalesce table partition", Category.INCOMPATIBLE_DDL, true),
    SPLIT_TABLE_PARTITION("split table partition", Category.INCOMPATIBLE_DDL, false),
    EXCHANGE_TABLE_PARTITION("exchange table partition", Category.INCOMPATIBLE_DDL, true),
    ADD_FOREIGN_KEY("add foreign key", Category.INCOMPATIBLE_DDL, false),
    DROP_FOREIGN_KEY("drop foreign key", Category.INCOMPATIBLE_DDL, false),
    MODIFY_SCHEMA_CHARSET_AND_COLLATE("modify schema charset and collate", Category.INCOMPATIBLE_DDL, false),
    MODIFY_TABLE_CHARSET_AND_COLLATE("modify table charset and collate", Category.INCOMPATIBLE_DDL, false),
    MODIFY_TABLE_COMMENT("modify table comment", Category.INCOMPATIBLE_DDL, false),
    RECOVER_TABLE("recover table", Category.INCOMPATIBLE_DDL, false),
    ALTER_TABLE_PARTITIONING("alter table partitioning", Category.INCOMPATIBLE_DDL, false),
    REMOVE_TABLE_PARTITIONING("remove table partitioning", Category.INCOMPATIBLE_DDL, false),
    ADD_COLUMN("add column", Category.INCOMPATIBLE_DDL, false),
    SET_DEFAULT_VALUE("set default value", Category.INCOMPATIBLE_DDL, false),
    REBASE_AUTO_ID("rebase auto id", Category.INCOMPATIBLE_DDL, false),
    ADD_PRIMARY_KEY("add primary key", Category.INCOMPATIBLE_DDL, false),
    ALTER_INDEX_VISIBILITY("alter index visibility", Category.INCOMPATIBLE_DDL, false),
    ALTER_TTL_INFO("alter ttl info", Category.INCOMPATIBLE_DDL, false),
    ALTER_TTL_REMOVE("alter ttl remove", Category.INCOMPATIBLE_DDL, false),
    // DM itself returns the first spec's type for a multi-spec ALTER; this classifier reports the statement as a whole
    MULTI_SCHEMA_CHANGE("multi schema change", Category.INCOMPATIBLE_DDL, true);

    /** DM's three classes; {@code all ddl} covers both DDL classes, {@code incompatible ddl changes} only the last. */
    public enum Category { DML, DDL, INCOMPATIBLE_DDL }

    private static final Map<String, EventType> BY_SPELLING = Arrays.stream(values())
            .flatMap(t -> Stream.concat(Stream.of(t.spelling), t.aliases.stream()).map(s -> Map.entry(s, t)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String spelling;
    private final Category category;
    private final boolean producedByDm;
    private final List<String> aliases;

    EventType(String spelling, Category category, boolean producedByDm, String... aliases) {
        this.spelling = spelling;
        this.category = category;
        this.producedByDm = producedByDm;
        this.aliases = List.of(aliases);
    }

    /** The canonical config spelling, e.g. {@code create database}. */
    public String spelling() {
        return spelling;
    }

    /** Other accepted spellings, e.g. {@code create schema}. */
    public List<String> aliases() {
        return aliases;
    }

    public Category category() {
        return category;
    }

    public boolean isDml() {
        return category == Category.DML;
    }

    /** Any DDL, compatible or not: what {@code all ddl} matches. */
    public boolean isDdl() {
        return category != Category.DML;
    }

    /** What {@code incompatible ddl changes} matches. */
    public boolean isIncompatibleDdl() {
        return category == Category.INCOMPATIBLE_DDL;
    }

    /** False for the TiCDC-only types that DM never derives from a MySQL statement or row event. */
    public boolean producedByDm() {
        return producedByDm;
    }

    /** The type with this exact spelling or alias, case-insensitively; aggregates are not types. */
    public static Optional<EventType> fromSpelling(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(normalize(spelling)));
    }

    /** Lower case, single spaces: how DM compares spellings (it only lower-cases; we also forgive extra blanks). */
    static String normalize(String spelling) {
        return spelling == null ? "" : spelling.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Map<String, EventType> bySpelling() {
        return BY_SPELLING;
    }

    @Override
    public String toString() {
        return spelling;
    }
}
