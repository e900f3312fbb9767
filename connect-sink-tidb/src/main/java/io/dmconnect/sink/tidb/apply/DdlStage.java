package io.dmconnect.sink.tidb.apply;

import io.dmconnect.common.TableId;
import io.dmconnect.common.rules.event.ClassifiedDdl;
import io.dmconnect.common.rules.event.DdlClassifier;
import io.dmconnect.common.rules.event.FilterAction;
import io.dmconnect.common.rules.event.FilterDecision;
import io.dmconnect.sink.tidb.ddl.DdlPlan;
import io.dmconnect.sink.tidb.ddl.DdlReplaceConfig;
import io.dmconnect.sink.tidb.ddl.DdlReplayPlanner;
import io.dmconnect.sink.tidb.ddl.ReplaceRule;
import io.dmconnect.sink.tidb.ddl.UnsupportedDdl;
import io.dmconnect.sink.tidb.ddl.UpstreamSession;
import io.dmconnect.sink.tidb.decode.Change;
import io.dmconnect.sink.tidb.error.Classification;
import io.dmconnect.sink.tidb.error.ErrorClass;
import io.dmconnect.sink.tidb.error.ErrorClassifier;
import io.dmconnect.sink.tidb.route.RuleStage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-band DDL, applied in order with the rows (every worker has committed before a DDL runs): the rules decide
 * whether it applies, a {@code ddl.replace} rule may run other statements instead (DM's binlog replace), else
 * {@code ddl.skip.statements} may skip it, else the planner renames routed tables and wraps it in DM's SET
 * TIMESTAMP / time zone, and it runs on its own connection. Errors that mean "already done" count as success, so a DDL applied again after a restart
 * is harmless. A DDL copied to several partitions reaches here once, from its barrier.
 */
public final class DdlStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DdlStage.class);
    private static final DdlClassifier CLASSIFIER = new DdlClassifier();

    private final RuleStage rules;
    private final DdlReplayPlanner planner;
    private final TargetSchemas targets;
    private final List<Pattern> skip;
    private final List<ReplaceRule> replace;
    private final ErrorClassifier classifier = new ErrorClassifier();

    public DdlStage(RuleStage rules, DdlReplayPlanner planner, TargetSchemas targets, List<String> skipPatterns,
                    List<ReplaceRule> replace) {
        this.rules = rules;
        this.planner = planner;
        this.targets = targets;
        this.skip = skipPatterns.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
        this.replace = List.copyOf(replace);
    }

    void apply(Change.Ddl d, TopicPartition tp) {
        if (!captured(d) || replaced(d) || skipped(d)) {
            return;
        }
        DdlPlan plan = planner.plan(d.ddl(), d.upstream().schema(), t -> rules.target(t, d.pos().sourceId()),
                new UpstreamSession(d.tsMs() / 1000, d.timeZone(), null));
        if (plan instanceof DdlPlan.Execute execute) {
            if (d.kind().startsWith("CREATE_TABLE")) {
                ensureDatabase(rules.target(d.upstream(), d.pos().sourceId()).schema());
            }
            run(execute, d);
        } else {
            LOG.info("DDL not replayed ({}): {}", ((DdlPlan.Skip) plan).reason(), d.ddl());
        }
        invalidate(d);
    }

    /** The cached shape of the tables the DDL may have changed is stale, whatever ran. */
    private void invalidate(Change.Ddl d) {
        targets.invalidate(rules.target(d.upstream(), d.pos().sourceId()));
        if (d.newTable() != null) {
            targets.invalidate(rules.target(d.newTable(), d.pos().sourceId()));
        }
    }

    private boolean captured(Change.Ddl d) {
        if (!rules.rules().blockAllow().decide(d.upstream()).captured()
                && (d.newTable() == null || !rules.rules().blockAllow().decide(d.newTable()).captured())) {
            return false;
        }
        Optional<ClassifiedDdl> classified = CLASSIFIER.classify(d.ddl(), d.upstream().schema(), t -> t.equals(d.upstream()) ? d.before() : null);
        FilterDecision decision = classified.isPresent()
                ? rules.rules().eventFilter().decide(classified.get(), d.ddl())
                : rules.rules().eventFilter().decideUnparsed(d.ddl());
        if (decision.action() == FilterAction.ERROR) {
            throw new ConnectException("binlog event filter " + decision.ruleName() + " stops the task on DDL " + d.ddl());
        }
        return decision.action() == FilterAction.DO;
    }

    /**
     * The first {@code ddl.replace} rule that matches runs its statements instead, as written: the user wrote them
     * with downstream names, so they are neither routed nor wrapped. Whether repeating them is harmless is unknown.
     */
    private boolean replaced(Change.Ddl d) {
        Optional<ReplaceRule> rule = ReplaceRule.first(replace, d.ddl(), d.pos().file(), d.pos().pos());
        if (rule.isEmpty()) {
            return false;
        }
        List<String> statements = rule.get().statements();
        LOG.info("DDL replaced by {}.{}: {} -> {}", DdlReplaceConfig.REPLACE, rule.get().name(), d.ddl(),
                String.join("; ", statements));
        run(new DdlPlan.Execute(statements, statements, false), d);
        invalidate(d);
        return true;
    }

    private boolean skipped(Change.Ddl d) {
        for (Pattern p : skip) {
            if (p.matcher(d.ddl()).find()) {
                LOG.info("DDL skipped by ddl.skip.statements ({}): {}", p.pattern(), d.ddl());
                return true;
            }
        }
        return false;
    }

    private void run(DdlPlan.Execute plan, Change.Ddl d) {
        Connection c = targets.ddlConnection();
        try (Statement s = c.createStatement()) {
            for (String sql : plan.statements()) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    handle(e, plan, sql, d);
                }
            }
        } catch (SQLException e) {
            throw new RetriableException("cannot run DDL " + d.ddl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A table's first CREATE may reach a downstream that lacks its (routed) database: the source publishes CREATE
     * TABLE for every captured table on its first start, but no CREATE DATABASE. DM's loader creates databases too.
     */
    private void ensureDatabase(String schema) {
        try (Statement s = targets.ddlConnection().createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + TableId.quote(schema));
        } catch (SQLException e) {
            throw new RetriableException("cannot create database " + schema + " downstream: " + e.getMessage(), e);
        }
    }

    /** The upstream statement, the routed DDL and the record's position go into the error: what the hints need. */
    private void handle(SQLException e, DdlPlan.Execute plan, String sql, Change.Ddl d) {
        Classification c = classifier.classify(e, ErrorClassifier.Context.ddl(plan.idempotent()));
        if (c.errorClass() == ErrorClass.IGNORABLE_DDL) {
            LOG.info("DDL already applied ({}): {}", c.explain(), sql);
            return;
        }
        if (c.errorClass() == ErrorClass.RETRY || c.errorClass() == ErrorClass.RETRY_IF_IDEMPOTENT && plan.idempotent()) {
            throw new RetriableException(c.explain(), e);
        }
        throw UnsupportedDdl.error(d.ddl(), plan.ddls(), e, d.pos().file() + ":" + d.pos().pos());
    }

    @Override
    public void close() {
        targets.close();
    }
}
