package io.dmconnect.common.rules.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of docs/rules/binlog-event-filter.md, end to end: statement → classification → decision. */
class DocumentedExamplesTest {
    private static final DdlClassifier CLASSIFIER = new DdlClassifier();

    private static Map<String, String> rules(String keepDmlEvents) {
        Map<String, String> props = new HashMap<>();
        props.put("filters", "no-truncate,keep-dml,alarm");
        props.put("filters.no-truncate.schema.pattern", "shop_*");
        props.put("filters.no-truncate.table.pattern", "*");
        props.put("filters.no-truncate.events", "truncate table, drop table");
        props.put("filters.no-truncate.action", "Ignore");
        props.put("filters.keep-dml.schema.pattern", "shop_*");
        props.put("filters.keep-dml.table.pattern", "orders");
        props.put("filters.keep-dml.events", keepDmlEvents);
        props.put("filters.keep-dml.action", "Do");
        props.put("filters.alarm.schema.pattern", "shop_*");
        props.put("filters.alarm.events", "incompatible ddl changes");
        props.put("filters.alarm.action", "Error");
        return props;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "row delete on orders                       | delete | DO     | ",
            "TRUNCATE TABLE shop_1.orders               |        | IGNORE | no-truncate",
            "ALTER TABLE shop_1.orders DROP COLUMN note |        | IGNORE | keep-dml",
            "ALTER TABLE shop_1.orders ADD COLUMN note text |    | DO     | ",
            "row insert on users                        | insert | DO     | ",
            "ALTER TABLE shop_1.users DROP COLUMN note  |        | ERROR  | alarm",
            "DROP DATABASE shop_1                       |        | ERROR  | alarm",
    })
    void workedExample(String event, String rowType, FilterAction action, String rule) {
        BinlogEventFilter filter = BinlogEventFilterConfig.parse(rules("all dml, create table, alter table"), false);

        assertThat(decide(filter, event, rowType)).isEqualTo(new FilterDecision(action, rule));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"ALTER TABLE shop_1.orders DROP COLUMN note | ERROR | alarm"})
    void anAllowedIncompatibleChangeMeetsTheErrorRule(String sql, FilterAction action, String rule) {
        BinlogEventFilter filter = BinlogEventFilterConfig.parse(rules("all dml, create table, alter table, drop column"),
                false);

        assertThat(decide(filter, sql, null)).isEqualTo(new FilterDecision(action, rule));
    }

    private static FilterDecision decide(BinlogEventFilter filter, String event, String rowType) {
        if (rowType != null) {
            TableId table = new TableId("shop_1", event.endsWith("orders") ? "orders" : "users");
            return filter.decide(table, EventType.fromSpelling(rowType).orElseThrow(), null);
        }
        ClassifiedDdl ddl = CLASSIFIER.classify(event, "shop_1", id -> null).orElseThrow();
        return filter.decide(ddl, event);
    }

    /** orders(id int AUTO_INCREMENT PRIMARY KEY, name varchar(32) DEFAULT 'x', price decimal(10,2) DEFAULT 0.00). */
    private static final TableSchema ORDERS = new TableSchema(new TableId("shop_1", "orders"), List.of(
            new ColumnDef("id", "int", "int(11)", null, null, null, false, false, null, false, true, null, null,
                    List.of(), false),
            new ColumnDef("name", "varchar", "varchar(32)", 32, null, null, false, true, "x", true, false, "utf8mb4",
                    "utf8mb4_general_ci", List.of(), false),
            new ColumnDef("price", "decimal", "decimal(10,2)", null, 10, 2, false, true, "0.00", true, false, null,
                    null, List.of(), false)),
            List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id"))), "utf8mb4", "utf8mb4_general_ci",
            "InnoDB", null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ALTER TABLE orders MODIFY name varchar(16) DEFAULT 'x'                      | value range decrease",
            "ALTER TABLE orders MODIFY name varchar(64) DEFAULT 'x'                      | alter table",
            "ALTER TABLE orders MODIFY name varchar(32)                                  | modify default value",
            "ALTER TABLE orders CHANGE name title varchar(32) DEFAULT 'x'                | rename column",
            "ALTER TABLE orders MODIFY name varchar(32) DEFAULT 'x' AFTER price          | modify columns order",
            "ALTER TABLE orders MODIFY name varchar(32) COLLATE utf8mb4_bin DEFAULT 'x'  | modify collation",
            "ALTER TABLE orders MODIFY price decimal(12,2) DEFAULT 0                     | precision decrease",
            "ALTER TABLE orders MODIFY id bigint NOT NULL                                | remove auto increment",
            "ALTER TABLE orders MODIFY id bigint NOT NULL AUTO_INCREMENT                 | drop primary key",
    })
    void modifyExamples(String sql, String type) {
        ClassifiedDdl ddl = CLASSIFIER.classify(sql, "shop_1", id -> id.equals(ORDERS.id()) ? ORDERS : null)
                .orElseThrow();

        assertThat(ddl.type()).isEqualTo(EventType.fromSpelling(type).orElseThrow());
    }
}
