package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypesTest {

    /** DM's ClassifyEvent, one row per type of pkg/binlog-filter/filter.go. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "insert, DML", "update, DML", "delete, DML",
            "create database, DDL", "alter database, DDL", "create table, DDL", "create index, DDL",
            "create view, DDL", "drop view, DDL", "alter table, DDL", "add table partition, DDL",
            "drop database, INCOMPATIBLE_DDL", "drop table, INCOMPATIBLE_DDL", "truncate table, INCOMPATIBLE_DDL",
            "rename table, INCOMPATIBLE_DDL", "drop index, INCOMPATIBLE_DDL", "drop table partition, INCOMPATIBLE_DDL",
            "truncate table partition, INCOMPATIBLE_DDL", "value range decrease, INCOMPATIBLE_DDL",
            "precision decrease, INCOMPATIBLE_DDL", "modify column, INCOMPATIBLE_DDL", "rename column, INCOMPATIBLE_DDL",
            "rename index, INCOMPATIBLE_DDL", "drop column, INCOMPATIBLE_DDL", "drop primary key, INCOMPATIBLE_DDL",
            "drop unique key, INCOMPATIBLE_DDL", "modify default value, INCOMPATIBLE_DDL",
            "modify constraint, INCOMPATIBLE_DDL", "modify columns order, INCOMPATIBLE_DDL",
            "modify charset, INCOMPATIBLE_DDL", "modify collation, INCOMPATIBLE_DDL",
            "remove auto increment, INCOMPATIBLE_DDL", "modify storage engine, INCOMPATIBLE_DDL",
            "reorganize table partition, INCOMPATIBLE_DDL", "rebuild table partition, INCOMPATIBLE_DDL",
            "coalesce table partition, INCOMPATIBLE_DDL", "split table partition, INCOMPATIBLE_DDL",
            "exchange table partition, INCOMPATIBLE_DDL", "add foreign key, INCOMPATIBLE_DDL",
            "drop foreign key, INCOMPATIBLE_DDL", "modify schema charset and collate, INCOMPATIBLE_DDL",
            "modify table charset and collate, INCOMPATIBLE_DDL", "modify table comment, INCOMPATIBLE_DDL",
            "recover table, INCOMPATIBLE_DDL", "alter table partitioning, INCOMPATIBLE_DDL",
            "remove table partitioning, INCOMPATIBLE_DDL", "add column, INCOMPATIBLE_DDL",
            "set default value, INCOMPATIBLE_DDL", "rebase auto id, INCOMPATIBLE_DDL", "add primary key, INCOMPATIBLE_DDL",
            "alter index visibility, INCOMPATIBLE_DDL", "alter ttl info, INCOMPATIBLE_DDL",
            "alter ttl remove, INCOMPATIBLE_DDL", "multi schema change, INCOMPATIBLE_DDL",
    })
    void classifiesEveryTypeAsDm(String spelling, EventType.Category category) {
        EventType type = EventType.fromSpelling(spelling).orElseThrow();

        assertThat(type.category()).isEqualTo(category);
        assertThat(type.isDml()).isEqualTo(category == EventType.Category.DML);
        assertThat(type.isDdl()).isEqualTo(category != EventType.Category.DML);
        assertThat(type.isIncompatibleDdl()).isEqualTo(category == EventType.Category.INCOMPATIBLE_DDL);
        assertThat(EventTypes.parse(spelling)).containsExactly(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsInTheClassificationTable(EventType type) {
        assertThat(type.spelling()).isEqualTo(type.toString());
        assertThat(EventType.fromSpelling(type.spelling().toUpperCase())).contains(type);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "create schema, create database",
            "CREATE SCHEMA, create database",
            "alter schema,  alter database",
            "drop schema,   drop database",
            "'  Drop   Table ', drop table",
    })
    void acceptsAliasesCaseAndSpacing(String spelling, String canonical) {
        assertThat(EventTypes.parse(spelling)).containsExactly(EventType.fromSpelling(canonical).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "all,                      ALL",
            "ALL DML,                  DML",
            "all ddl,                  DDL",
            "incompatible ddl changes, INCOMPATIBLE",
            "none,                     NOTHING",
            "none dml,                 NOTHING",
            "none ddl,                 NOTHING",
    })
    void expandsAggregates(String spelling, String expected) {
        Set<EventType> expanded = EventTypes.parse(spelling);
        List<EventType> all = List.of(EventType.values());
        Set<EventType> wanted = switch (expected) {
            case "ALL" -> Set.copyOf(all);
            case "DML" -> all.stream().filter(EventType::isDml).collect(Collectors.toSet());
            case "DDL" -> all.stream().filter(EventType::isDdl).collect(Collectors.toSet());
            case "INCOMPATIBLE" -> all.stream().filter(EventType::isIncompatibleDdl).collect(Collectors.toSet());
            default -> Set.of();
        };
        assertThat(expanded).isEqualTo(wanted);
    }

    /** DM's matchEvent: items in order; none* stop the search where they stand. */
    @ParameterizedTest(name = "[{0}] matches {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "insert                 | insert         | true",
            "insert, none           | insert         | true",
            "none, insert           | insert         | false",
            "none dml, insert       | insert         | false",
            "none ddl, insert       | insert         | true",
            "none ddl, drop table   | drop table     | false",
            "drop table, none ddl   | drop table     | true",
            "none dml, all          | drop table     | true",
            "all dml                | create table   | false",
            "all ddl                | create table   | true",
            "all ddl                | drop table     | true",
            "incompatible ddl changes | drop table   | true",
            "incompatible ddl changes | create table | false",
            "incompatible ddl changes | insert       | false",
            "all                    | delete         | true",
            "create schema          | create database | true",
            "''                     | insert         | false",
    })
    void matchesInOrderAsDm(String items, String type, boolean expected) {
        List<EventSelector> selectors = Arrays.stream(items.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(EventTypes::selector).toList();

        assertThat(EventSelector.anyMatches(selectors, EventType.fromSpelling(type).orElseThrow())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "craete table  | 'create table'",
            "delet         | 'delete'",
            "drop tables   | 'drop table'",
            "incompatible  | 'incompatible ddl changes'",
            "xyzzy         | see the event vocabulary",
    })
    void rejectsUnknownSpellingsWithCloseOnes(String spelling, String hint) {
        assertThatThrownBy(() -> EventTypes.parse(spelling)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event type '" + spelling + "'").hasMessageContaining(hint);
    }

    @ParameterizedTest
    @CsvSource({
            "add table partition, false", "add column, false", "drop foreign key, false", "rebase auto id, false",
            "drop table, true", "modify column, true", "insert, true", "multi schema change, true",
    })
    void marksTypesDmNeverProduces(String spelling, boolean produced) {
        assertThat(EventType.fromSpelling(spelling).orElseThrow().producedByDm()).isEqualTo(produced);
    }

    @ParameterizedTest
    @CsvSource({"all", "none ddl", "create schema", "modify columns order"})
    void listsEveryAcceptedSpelling(String spelling) {
        assertThat(EventTypes.spellings()).contains(spelling);
    }
}
