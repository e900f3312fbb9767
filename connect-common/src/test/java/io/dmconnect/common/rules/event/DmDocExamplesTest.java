package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example of DM's "Binlog Event Filter" page (docs: dm/dm-binlog-event-filter.md), written in this project's
 * keys. Each row is what DM's code does with the example; where that differs from what the page says, the row
 * says so.
 */
class DmDocExamplesTest {

    private static FilterDecision decide(Map<String, String> props, String schema, String table, String type,
                                         String sql) {
        BinlogEventFilter filter = BinlogEventFilterConfig.parse(props, false);
        EventType eventType = type == null || type.isBlank() ? null : EventType.fromSpelling(type).orElseThrow();
        TableId id = schema == null ? BinlogEventFilter.UNPARSED : new TableId(schema, table == null ? "" : table);
        return filter.decide(id, eventType, sql);
    }

    /** The rule at the top of the page. */
    private static final Map<String, String> RULE_1 = Map.of(
            "filters", "rule-1",
            "filters.rule-1.schema.pattern", "test_*",
            "filters.rule-1.table.pattern", "t_*",
            "filters.rule-1.events", "truncate table, drop table",
            "filters.rule-1.sql.pattern", "^DROP\\s+PROCEDURE, ^CREATE\\s+PROCEDURE",
            "filters.rule-1.action", "Ignore");

    @ParameterizedTest(name = "rule-1: {0}.{1} {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "test_1 | t_1 | truncate table | TRUNCATE TABLE t_1             | IGNORE | rule-1",
            "test_1 | t_1 | drop table     | DROP TABLE t_1                 | IGNORE | rule-1",
            "test_1 | t_1 | insert         |                                | DO     | ",
            "test_1 | t_1 |                | DROP PROCEDURE p               | IGNORE | rule-1",
            "test_1 | t_1 |                | create procedure p() begin end | IGNORE | rule-1",
            "test_1 | x_1 | truncate table | TRUNCATE TABLE x_1             | DO     | ",
            "prod   | t_1 | drop table     | DROP TABLE t_1                 | DO     | ",
    })
    void ruleOne(String schema, String table, String type, String sql, FilterAction action, String rule) {
        assertThat(decide(RULE_1, schema, table, type, sql)).isEqualTo(new FilterDecision(action, rule));
    }

    /** "Filter all sharding deletion operations". */
    private static final Map<String, String> NO_DELETES = Map.of(
            "filters", "filter-table-rule, filter-schema-rule",
            "filters.filter-table-rule.schema.pattern", "test_*",
            "filters.filter-table-rule.table.pattern", "t_*",
            "filters.filter-table-rule.events", "truncate table, drop table, delete",
            "filters.filter-table-rule.action", "Ignore",
            "filters.filter-schema-rule.schema.pattern", "test_*",
            "filters.filter-schema-rule.events", "drop database",
            "filters.filter-schema-rule.action", "Ignore");

    @ParameterizedTest(name = "no deletes: {0}.{1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "test_1 | t_1 | delete         | IGNORE | filter-table-rule",
            "test_1 | t_1 | truncate table | IGNORE | filter-table-rule",
            "test_1 | t_1 | drop table     | IGNORE | filter-table-rule",
            "test_1 |     | drop database  | IGNORE | filter-schema-rule",
            "test_1 | t_1 | insert         | DO     | ",
            "test_1 | t_1 | update         | DO     | ",
            "test_1 | t_1 | create table   | DO     | ",
            "test_1 | x_1 | delete         | DO     | ",
            "other  |     | drop database  | DO     | ",
    })
    void filterAllShardingDeletions(String schema, String table, String type, FilterAction action, String rule) {
        assertThat(decide(NO_DELETES, schema, table, type, null)).isEqualTo(new FilterDecision(action, rule));
    }

    /**
     * "Only migrate sharding DML statements". ⚠ The page says this keeps CREATE TABLE and DML of test_*.t_*; in DM's
     * code the schema-level Do rule applies to every table of test_* too (trie selector), and as an allow-list of
     * only CREATE DATABASE it ignores everything else there. These rows pin DM's actual behaviour.
     */
    private static final Map<String, String> ONLY_DML = Map.of(
            "filters", "do-table-rule, do-schema-rule",
            "filters.do-table-rule.schema.pattern", "test_*",
            "filters.do-table-rule.table.pattern", "t_*",
            "filters.do-table-rule.events", "create table, all dml",
            "filters.do-table-rule.action", "Do",
            "filters.do-schema-rule.schema.pattern", "test_*",
            "filters.do-schema-rule.events", "create database",
            "filters.do-schema-rule.action", "Do");

    @ParameterizedTest(name = "only DML as written: {0}.{1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "test_1 |     | create database | DO     | ",
            "test_1 |     | drop database   | IGNORE | do-schema-rule",
            "test_1 | t_1 | insert          | IGNORE | do-schema-rule",
            "test_1 | t_1 | create table    | IGNORE | do-schema-rule",
            "test_1 | t_1 | drop table      | IGNORE | do-table-rule",
            "other  | t_1 | insert          | DO     | ",
    })
    void onlyMigrateShardingDmlAsDmRunsIt(String schema, String table, String type, FilterAction action, String rule) {
        assertThat(decide(ONLY_DML, schema, table, type, null)).isEqualTo(new FilterDecision(action, rule));
    }

    /** The same intent written so that it works (docs/rules/binlog-event-filter.md): the schema rule lists it all. */
    private static final Map<String, String> ONLY_DML_FIXED = Map.of(
            "filters", "do-table-rule, do-schema-rule",
            "filters.do-table-rule.schema.pattern", "test_*",
            "filters.do-table-rule.table.pattern", "t_*",
            "filters.do-table-rule.events", "create table, all dml",
            "filters.do-table-rule.action", "Do",
            "filters.do-schema-rule.schema.pattern", "test_*",
            "filters.do-schema-rule.events", "create database, create table, all dml",
            "filters.do-schema-rule.action", "Do");

    @ParameterizedTest(name = "only DML, fixed: {0}.{1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "test_1 |     | create database | DO     | ",
            "test_1 |     | drop database   | IGNORE | do-schema-rule",
            "test_1 | t_1 | insert          | DO     | ",
            "test_1 | t_1 | delete          | DO     | ",
            "test_1 | t_1 | create table    | DO     | ",
            "test_1 | t_1 | drop table      | IGNORE | do-table-rule",
            "test_1 | t_1 | alter table     | IGNORE | do-table-rule",
    })
    void onlyMigrateShardingDmlWrittenToWork(String schema, String table, String type, FilterAction action,
                                             String rule) {
        assertThat(decide(ONLY_DML_FIXED, schema, table, type, null)).isEqualTo(new FilterDecision(action, rule));
    }

    /** "Filter out the SQL statements that TiDB does not support". */
    private static final Map<String, String> NO_PROCEDURES = Map.of(
            "filters", "filter-procedure-rule",
            "filters.filter-procedure-rule.schema.pattern", "test_*",
            "filters.filter-procedure-rule.table.pattern", "t_*",
            "filters.filter-procedure-rule.sql.pattern", "^DROP\\s+PROCEDURE, ^CREATE\\s+PROCEDURE",
            "filters.filter-procedure-rule.action", "Ignore");

    @ParameterizedTest(name = "no procedures: {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "test_1 | t_1 | CREATE PROCEDURE p() SELECT 1 | IGNORE | filter-procedure-rule",
            "test_1 | t_1 | DROP PROCEDURE p              | IGNORE | filter-procedure-rule",
            "test_1 | t_1 | DROP TABLE t_1                | DO     | ",
            "other  | t_1 | DROP PROCEDURE p              | DO     | ",
    })
    void filterProcedures(String schema, String table, String sql, FilterAction action, String rule) {
        assertThat(decide(NO_PROCEDURES, schema, table, null, sql)).isEqualTo(new FilterDecision(action, rule));
    }

    /** "Filter out the SQL statements that the TiDB parser does not support": unparsed, so schema "*". */
    private static final Map<String, String> NO_PARTITION_DDL = Map.of(
            "filters", "filter-partition-rule",
            "filters.filter-partition-rule.schema.pattern", "*",
            "filters.filter-partition-rule.sql.pattern",
            "ALTER\\s+TABLE[\\s\\S]*ADD\\s+PARTITION, ALTER\\s+TABLE[\\s\\S]*DROP\\s+PARTITION",
            "filters.filter-partition-rule.action", "Ignore");

    @ParameterizedTest(name = "no partition DDL: {0}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE t ADD PARTITION (PARTITION p3 VALUES LESS THAN (2000)) | IGNORE | filter-partition-rule",
            "alter table db.t drop partition p0                              | IGNORE | filter-partition-rule",
            "ALTER TABLE t TRUNCATE PARTITION p0                             | DO     | ",
    })
    void filterUnparsablePartitionStatements(String sql, FilterAction action, String rule) {
        assertThat(decide(NO_PARTITION_DDL, null, null, null, sql)).isEqualTo(new FilterDecision(action, rule));
    }

    /** "Report errors on some DDL statements". */
    private static final Map<String, String> ERROR_ON_TRUNCATE = Map.of(
            "filters", "filter-procedure-rule",
            "filters.filter-procedure-rule.schema.pattern", "test_*",
            "filters.filter-procedure-rule.table.pattern", "t_*",
            "filters.filter-procedure-rule.events", "truncate table, truncate table partition",
            "filters.filter-procedure-rule.action", "Error");

    @ParameterizedTest(name = "error on truncate: {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "test_1 | t_1 | truncate table           | ERROR | filter-procedure-rule",
            "test_1 | t_1 | truncate table partition | ERROR | filter-procedure-rule",
            "test_1 | t_1 | drop table               | DO    | ",
            "test_1 | t_1 | delete                   | DO    | ",
    })
    void reportErrorsOnTruncate(String schema, String table, String type, FilterAction action, String rule) {
        assertThat(decide(ERROR_ON_TRUNCATE, schema, table, type, null)).isEqualTo(new FilterDecision(action, rule));
    }
}
