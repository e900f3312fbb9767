package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.common.TableId;
import io.dmconnect.common.ddl.AlterSpec;
import io.dmconnect.common.ddl.DdlKind;
import io.dmconnect.common.ddl.DdlParser;
import io.dmconnect.common.ddl.ParsedStatement;
import io.dmconnect.common.ddl.ServerFlavor;
import io.dmconnect.common.ddl.SingleDdl;
import io.dmconnect.shard.ShardMode;
import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.SinkException;
import io.dmconnect.sink.tidb.session.Downstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one DDL record into what the sink runs downstream, as DM's syncer does: the statement is parsed again,
 * every table name (including FOREIGN KEY references and LIKE sources) is passed through the router and the SQL
 * printed with the routed names; DM's rewrites (IF [NOT] EXISTS) stay; shard modes never drop or truncate the
 * merged table; strict collations are written out; and the DDL is wrapped in DM's {@code SET TIMESTAMP} /
 * {@code SET SESSION TIME_ZONE} so defaults such as {@code CURRENT_TIMESTAMP} take the upstream's values. Pure and
 * thread-safe: it only reads its arguments.
 */
public final class DdlReplayPlanner {
    private final DdlParser parser;
    private final ReplayOptions options;
    private final StrictCollations collations;

    /**
     * @param upstream the upstream server's flavor (parsing, default collations for strict mode)
     * @param options  how to replay
     */
    public DdlReplayPlanner(ServerFlavor upstream, ReplayOptions options) {
        this.parser = new DdlParser(Objects.requireNonNull(upstream, "upstream"));
        this.options = Objects.requireNonNull(options, "options");
        this.collations = new StrictCollations(upstream);
    }

    /**
     * The plan for one DDL record.
     *
     * @param statement     the record's statement (upstream names, DM-rewritten, usually one piece)
     * @param defaultSchema the upstream schema unqualified names belong to
     * @param router        upstream table (or schema-only id) to target
     * @param session       the upstream event's time, time zone and collation
     * @throws SinkException when the statement cannot be replayed: unparseable (DMC-SINK-2003), a foreign-key DDL
     *                       with foreign_key_checks=1 (2004), CREATE TABLE ... SELECT (2005), RENAME TABLE in
     *                       optimistic shard mode (2006)
     */
    public DdlPlan plan(String statement, String defaultSchema, Function<TableId, TableId> router,
                        UpstreamSession session) {
        ParsedStatement parsed = parser.parse(statement, defaultSchema);
        if (parsed instanceof ParsedStatement.Skipped skipped) {
            return new DdlPlan.Skip(skipped.reason());
        }
        if (parsed instanceof ParsedStatement.NotDdl notDdl) {
            return new DdlPlan.Skip("not a DDL (" + notDdl.what() + ")");
        }
        if (parsed instanceof ParsedStatement.TransactionControl tx) {
            return new DdlPlan.Skip("transaction control (" + tx.kind() + ")");
        }
        if (parsed instanceof ParsedStatement.Unparseable unparseable) {
            throw new SinkException(ErrorCode.UNPARSEABLE_DDL, "[" + statement + "]: " + unparseable.error()
                    + "; " + UnsupportedDdl.hints(statement, null));
        }
        return plan(statement, ((ParsedStatement.Ddl) parsed).pieces(), router, session);
    }

    private DdlPlan plan(String statement, List<SingleDdl> pieces, Function<TableId, TableId> router,
                         UpstreamSession session) {
        List<String> ddls = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean idempotent = true;
        for (SingleDdl piece : pieces) {
            refuse(statement, piece);
            String skip = skipReason(piece);
            SingleDdl routed = skip == null ? piece.renamed(router) : null;
            if (skip == null && isSelfRename(routed)) {
                skip = "routing renames " + routed.table() + " to itself";
            }
            if (skip != null) {
                skipped.add(skip + ": " + piece.sql());
                continue;
            }
            ddls.add(print(routed, session));
            idempotent &= DdlIdempotence.idempotent(routed);
        }
        if (ddls.isEmpty()) {
            return new DdlPlan.Skip(skipped.isEmpty() ? "the statement changes nothing" : String.join("; ", skipped));
        }
        return new DdlPlan.Execute(Wrapper.wrap(ddls, session, options), ddls, idempotent);
    }

    /** Statements DM refuses rather than runs. */
    private void refuse(String statement, SingleDdl piece) {
        if (piece.kind() == DdlKind.CREATE_TABLE_AS_SELECT) {
            throw new SinkException(ErrorCode.CREATE_TABLE_SELECT, "[" + statement + "]; "
                    + UnsupportedDdl.hints(statement, null));
        }
        if (piece.kind() == DdlKind.RENAME_TABLE && options.shardMode() == ShardMode.OPTIMISTIC) {
            throw new SinkException(ErrorCode.RENAME_IN_OPTIMISTIC_MODE, "[" + statement + "]; "
                    + UnsupportedDdl.hints(statement, null));
        }
        if (options.foreignKeyChecks() && addsForeignKey(piece)) {
            throw new SinkException(ErrorCode.FOREIGN_KEY_DDL, "[" + statement + "]; "
                    + UnsupportedDdl.hints(statement, null));
        }
    }

    /**
     * DM's shard-mode pre-filter ({@code dm/syncer/ddl.go preFilter}): a shard's DROP DATABASE / DROP TABLE only
     * takes it out of its group and TRUNCATE is ignored, so the merged table keeps the other shards' rows. Also
     * what the downstream lacks.
     */
    private String skipReason(SingleDdl piece) {
        boolean sharded = options.shardMode() != ShardMode.NONE;
        return switch (piece.kind()) {
            case DROP_DATABASE, DROP_TABLE -> sharded ? "a shard leaves its group in " + mode()
                    + " shard mode; the merged table stays" : null;
            case TRUNCATE_TABLE -> sharded ? "TRUNCATE of a shard is ignored in " + mode() + " shard mode" : null;
            case CREATE_SEQUENCE, ALTER_SEQUENCE, DROP_SEQUENCE -> options.downstream() == Downstream.MYSQL
                    ? "MySQL has no sequences" : null;
            default -> null;
        };
    }

    private String mode() {
        return options.shardMode().configValue();
    }

    private static boolean addsForeignKey(SingleDdl piece) {
        return (piece.definition() != null && !piece.definition().foreignKeys().isEmpty())
                || piece.spec() instanceof AlterSpec.AddForeignKey;
    }

    /** Many-to-one routing can map both names of a rename to the merged table: nothing to do there. */
    private static boolean isSelfRename(SingleDdl routed) {
        return routed.newTable() != null && routed.newTable().equals(routed.table());
    }

    private String print(SingleDdl routed, UpstreamSession session) {
        String sql = routed.sql();
        if (options.collation() == CollationMode.STRICT) {
            sql = collations.apply(routed, sql, session == null ? null : session.collationServer());
        }
        return DownstreamDialect.adapt(routed, sql, options.downstream());
    }
}
