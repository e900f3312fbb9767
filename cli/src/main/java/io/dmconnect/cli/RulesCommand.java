package io.dmconnect.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dmconnect.common.TableId;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.common.rules.DryRun;
import io.dmconnect.common.rules.RuleSide;
import io.dmconnect.common.rules.Rules;
import io.dmconnect.common.rules.RulesConfig;
import io.dmconnect.common.rules.event.EventTypes;
import io.dmconnect.common.rules.event.EventType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bin/dm-connect rules}: what a connector configuration's DM rules would do with one upstream table (and
 * optionally one event, statement or row), without running anything. Exit code 0 with an answer, 2 for a
 * configuration or command line that has problems (each printed with its key).
 */
final class RulesCommand implements Command {
    static final String SOURCE_CLASS = "io.dmconnect.source.mysql.MySqlSourceConnector";
    static final String SINK_CLASS = "io.dmconnect.sink.tidb.TiDbSinkConnector";

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "dry-run a connector config's DM rules for one upstream table: captured? routed where? filtered?";
    }

    @Override
    public String usage() {
        return """
                usage: bin/dm-connect rules --config <connector.properties> <db>.<table> [options]
                options:
                  --config FILE      source or sink connector property file (its connector.class decides which rules apply)
                  --event TYPE       an event type: insert, update, delete or a DDL type such as "drop table"
                  --sql STATEMENT    a statement: classified into its DDL event type, and matched by filters' sql.pattern
                  --row c=v ...      the row (new values); the word NULL is SQL NULL
                  --old-row c=v ...  the old row of an update (or the deleted row)
                  --source-id ID     the source id the sink's extract.source rules see (default: empty)
                  --json             print one JSON object instead of text
                a table name with a dot in it is written in backquotes: `my.db`.orders
                """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("config", "event", "sql", "source-id");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public Set<String> multiValuedOptions() {
        return Set.of("row", "old-row");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> props = load(Path.of(requireOption(args, "config")));
        RuleSide side = side(props);
        DryRun.Question question = question(args);
        Rules rules;
        try {
            rules = RulesConfig.parse(props, side);
        } catch (InvalidConfigException e) {
            err.println("dm-connect rules: " + args.get("config", "") + " has problems:");
            for (ConfigProblem p : e.problems()) {
                err.println("  " + p.key() + ": " + p.message());
            }
            return 2;
        }
        DryRun.Answer answer = DryRun.answer(rules, question);
        if (args.flag("json")) {
            out.println(new ObjectMapper().writeValueAsString(RulesAnswerJson.of(answer)));
        } else {
            RulesAnswerJson.printText(out, question, answer);
        }
        return 0;
    }

    private static String requireOption(Args args, String name) {
        String value = args.get(name, null);
        if (value == null) {
            throw new Args.UsageException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> load(Path file) {
        try {
            return ConnectorFile.read(file);
        } catch (ConnectorFile.BadFileException e) {
            throw new Args.UsageException("--config " + e.getMessage());
        }
    }

    /** The connector class decides; a file without one is a sink config when it routes or names topics. */
    static RuleSide side(Map<String, String> props) {
        String cls = props.get("connector.class");
        if (cls == null || cls.isBlank()) {
            return props.containsKey("routes") || props.containsKey("topics") || props.containsKey("topics.regex")
                    ? RuleSide.SINK : RuleSide.SOURCE;
        }
        return switch (cls.trim()) {
            case SOURCE_CLASS, "MySqlSourceConnector" -> RuleSide.SOURCE;
            case SINK_CLASS, "TiDbSinkConnector" -> RuleSide.SINK;
            default -> throw new Args.UsageException("connector.class=" + cls + " is not a dm-connect connector: use "
                    + SOURCE_CLASS + " or " + SINK_CLASS);
        };
    }

    private static DryRun.Question question(Args args) {
        if (args.positional().size() != 1) {
            throw new Args.UsageException("give exactly one upstream table as <db>.<table>");
        }
        TableId table = TableNames.parse(args.positional().get(0));
        EventType event = args.get("event", null) == null ? null : eventType(args.get("event", null));
        return new DryRun.Question(table, args.get("source-id", ""), event, args.get("sql", null),
                row(args.all("row"), "--row"), row(args.all("old-row"), "--old-row"));
    }

    private static EventType eventType(String spelling) {
        try {
            Set<EventType> types = EventTypes.parse(spelling);
            if (types.size() != 1) {
                throw new Args.UsageException("--event " + spelling + " names several event types: give one, e.g. insert or \"drop table\"");
            }
            return types.iterator().next();
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--event: " + e.getMessage());
        }
    }

    private static Map<String, Object> row(List<String> words, String option) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new Args.UsageException(option + " " + word + ": write column=value");
            }
            String value = word.substring(eq + 1);
            row.put(word.substring(0, eq), value.equalsIgnoreCase("NULL") ? null : value);
        }
        return row;
    }
}
