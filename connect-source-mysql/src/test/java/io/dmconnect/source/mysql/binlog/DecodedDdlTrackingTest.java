package io.dmconnect.source.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.SchemaCatalog;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SqlMode;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.TableSchema;
import io.dmconnect.source.mysql.convert.BinlogDeserializers;
import io.dmconnect.source.mysql.convert.CapturedQueryEvents;
import io.dmconnect.source.mysql.emit.DdlRecords;
import io.dmconnect.source.mysql.emit.SourceStructs;
import io.dmconnect.source.mysql.emit.TopicNamer;
import io.dmconnect.source.mysql.position.BinlogPosition;
import io.dmconnect.source.mysql.schema.CatalogSchemaTracker;
import io.dmconnect.source.mysql.schema.InMemorySchemaHistory;
import io.dmconnect.source.mysql.schema.StatementOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real MariaDB QUERY events through the configured deserializer, the processor and the real schema tracker: the
 * tracked column defaults and names are the ones the upstream session meant, because the text is decoded in the
 * event's charset and parsed in the event's sql_mode. The same text parsed in the default sql_mode is not.
 */
class DecodedDdlTrackingTest {
    private static final BinlogPosition START = BinlogPosition.at("mariadb-bin.000003", 4);

    private final List<SourceRecord> out = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();
    private final CatalogSchemaTracker tracker = new CatalogSchemaTracker(
            SchemaCatalog.EMPTY.withDatabase(new SchemaCatalog.DatabaseDef("qd", "latin1", "latin1_swedish_ci")),
            Map.of(), new InMemorySchemaHistory(), ServerFlavor.MARIADB_10_11, Set.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "latin1 session               | LATIN1_CREATE       | l1  | c   | é",
            "gbk session                  | GBK_CREATE          | g1  | c   | 中文",
            "sql_mode ANSI_QUOTES         | ANSI_QUOTES_CREATE  | a q | c   | it's",
            "sql_mode NO_BACKSLASH_ESCAPES | NO_BACKSLASH_CREATE | u1  | c   | 😀\\",
    })
    void theTrackerSeesWhatTheUpstreamSessionMeant(String name, String event, String table, String column,
                                                   String defaultValue) throws Exception {
        Event e = CapturedQueryEvents.read(BinlogDeserializers.configure(new EventDeserializer()),
                (String) CapturedQueryEvents.class.getField(event).get(null));
        processor().onEvent(e);

        assertThat(failures).isEmpty();
        TableSchema schema = tracker.get(new TableId("qd", table)).orElseThrow();
        ColumnDef c = schema.columns().stream().filter(col -> col.name().equals(column)).findFirst().orElseThrow();
        assertThat(c.defaultValue()).isEqualTo(defaultValue);
        assertThat(out).isNotEmpty().allSatisfy(r -> assertThat(((Struct) r.value()).getString("ddl"))
                .contains(defaultValue.replace("'", "''").replace("\\", "\\\\")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ANSI_QUOTES_CREATE", "NO_BACKSLASH_CREATE"})
    void theDefaultSqlModeMisreadsTheSameText(String event) throws Exception {
        QueryEventData data = CapturedQueryEvents.read(BinlogDeserializers.configure(new EventDeserializer()),
                (String) CapturedQueryEvents.class.getField(event).get(null)).getData();
        StatementOutcome outcome = tracker.apply(data.getSql(), data.getDatabase(), SqlMode.DEFAULT, START);
        assertThat(outcome).isInstanceOf(StatementOutcome.Unparseable.class);
    }

    /** The published DDL is printed for the default sql_mode: the sink need not know the upstream session's. */
    @Test
    void anAnsiQuotedDdlIsPublishedWithBackquotes() throws Exception {
        processor().onEvent(CapturedQueryEvents.read(BinlogDeserializers.configure(new EventDeserializer()),
                CapturedQueryEvents.ANSI_QUOTES_CREATE));
        TableSchema schema = tracker.get(new TableId("qd", "a q")).orElseThrow();
        assertThat(schema.columns()).extracting(ColumnDef::name).containsExactly("x y", "c");
        assertThat(out).extracting(r -> ((Struct) r.value()).getString("ddl")).first().asString()
                .startsWith("CREATE TABLE IF NOT EXISTS `qd`.`a q` (`x y` INT");
    }

    private BinlogEventProcessor processor() {
        TopicNamer topics = new TopicNamer("up1");
        EmitContext context = new EmitContext(Map.of("source_id", "up1"),
                RulesConfig.parse(Map.of(), RuleSide.SOURCE), tracker, new SourceStructs("up1", "up1"),
                new DdlRecords(topics, t -> 1), s -> null, out::add);
        return new BinlogEventProcessor(START, true, context, failures::add);
    }
}
