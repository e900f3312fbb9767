package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.database.CreateDatabase;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * Classifies one DDL statement into DM's event type and the table it is about, as DM's syncer does before it
 * applies the binlog event filter ({@code dm/syncer/ddl.go AstToDDLEvent}, {@code pkg/binlog-filter/util.go}).
 * Stateless and thread-safe.
 *
 * <p>The statement is parsed with JSqlParser (executable comments {@code /*!NNNNN ...*}{@code /} are read as
 * MySQL reads them); statements JSqlParser rejects are classified from their head keywords when that is
 * unambiguous (see {@link DdlFallback}). A statement that is not a DDL DM classifies (DML, GRANT, CREATE PROCEDURE,
 * ...) or cannot be read gives {@link Optional#empty()}: the filter then uses sql patterns only. The classifier
 * never throws for a bad statement.
 */
public final class DdlClassifier {

    /**
     * @param ddl           one statement; the source splits multi-spec ALTERs and multi-table DROP/RENAME first (a
     *                      multi-spec ALTER that still arrives is a {@code multi schema change})
     * @param defaultSchema the {@code USE} schema of the statement, for unqualified names (null: {@code ""})
     * @param trackedSchema the schema tracker's table before this statement, or null when it does not know it; it
     *                      is only asked for MODIFY/CHANGE COLUMN. Its exceptions propagate.
     */
    public Optional<ClassifiedDdl> classify(String ddl, String defaultSchema,
                                            Function<TableId, TableSchema> trackedSchema) {
        if (ddl == null || ddl.isBlank()) {
            return Optional.empty();
        }
        DdlContext context = new DdlContext(defaultSchema == null ? "" : defaultSchema, trackedSchema);
        try {
            return classify(ddl, context);
        } catch (DdlContext.TrackerFailure e) {
            throw e.unwrap();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty(); // a statement that breaks a parser is an unparseable statement
        }
    }

    private static Optional<ClassifiedDdl> classify(String ddl, DdlContext context) {
        String expanded = SqlTokenizer.expandVersionComments(ddl);
        Optional<Statement> statement = parse(expanded);
        if (statement.isEmpty() && !expanded.equals(ddl)) {
            statement = parse(ddl);
        }
        Optional<ClassifiedDdl> classified = statement.flatMap(s -> fromStatement(s, context));
        if (classified.isPresent()) {
            return classified;
        }
        return DdlFallback.classify(SqlTokenizer.tokenize(expanded), context);
    }

    private static Optional<Statement> parse(String sql) {
        try {
            Statements statements = CCJSqlParserUtil.parseStatements(sql);
            return statements.isEmpty() ? Optional.empty() : Optional.ofNullable(statements.get(0));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<ClassifiedDdl> fromStatement(Statement statement, DdlContext context) {
        if (statement instanceof CreateDatabase create) {
            return Optional.of(new ClassifiedDdl(EventType.CREATE_DATABASE, context.schema(create.getDatabaseName())));
        }
        if (statement instanceof CreateSchema create) {
            return Optional.of(new ClassifiedDdl(EventType.CREATE_DATABASE, context.schema(create.getSchemaName())));
        }
        if (statement instanceof Drop drop) {
            return drop(drop, context);
        }
        if (statement instanceof CreateTable create) {
            List<TableId> like = create.getLikeTable() == null ? List.of() : List.of(table(create.getLikeTable(), context));
            return Optional.of(new ClassifiedDdl(EventType.CREATE_TABLE, table(create.getTable(), context), like));
        }
        if (statement instanceof Truncate truncate) {
            return Optional.of(new ClassifiedDdl(EventType.TRUNCATE_TABLE, table(truncate.getTable(), context)));
        }
        if (statement instanceof RenameTableStatement rename) {
            return rename(rename, context);
        }
        if (statement instanceof CreateIndex index) {
            return Optional.of(new ClassifiedDdl(EventType.CREATE_INDEX, table(index.getTable(), context)));
        }
        if (statement instanceof CreateView view) {
            return Optional.of(new ClassifiedDdl(EventType.CREATE_VIEW, table(view.getView(), context)));
        }
        if (statement instanceof Alter alter) {
            return Optional.of(alter(alter, context));
        }
        return Optional.empty();
    }

    private static Optional<ClassifiedDdl> drop(Drop drop, DdlContext context) {
        String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
        List<TableId> names = drop.getNames() == null ? List.of()
                : drop.getNames().stream().map(t -> table(t, context)).toList();
        return switch (type) {
            case "DATABASE", "SCHEMA" -> Optional.of(new ClassifiedDdl(EventType.DROP_DATABASE,
                    context.schema(drop.getName().getName())));
            case "TABLE" -> names.isEmpty() ? Optional.empty() : Optional.of(new ClassifiedDdl(EventType.DROP_TABLE,
                    names.get(0), names.subList(1, names.size())));
            case "VIEW" -> names.isEmpty() ? Optional.empty()
                    : Optional.of(new ClassifiedDdl(EventType.DROP_VIEW, names.get(0)));
            default -> Optional.empty(); // DROP INDEX keeps its table in raw parameters: the fallback reads it
        };
    }

    private static Optional<ClassifiedDdl> rename(RenameTableStatement rename, DdlContext context) {
        List<TableId> names = new ArrayList<>();
        for (Map.Entry<Table, Table> pair : rename.getTableNames()) {
            names.add(table(pair.getKey(), context));
            names.add(table(pair.getValue(), context));
        }
        return names.isEmpty() ? Optional.empty()
                : Optional.of(new ClassifiedDdl(EventType.RENAME_TABLE, names.get(0), names.subList(1, names.size())));
    }

    /** JSqlParser splits the specs; each spec's text is then read as DM maps it. */
    private static ClassifiedDdl alter(Alter alter, DdlContext context) {
        List<List<SqlToken>> specs = new ArrayList<>();
        List<AlterExpression> expressions = alter.getAlterExpressions() == null ? List.of() : alter.getAlterExpressions();
        for (AlterExpression expression : expressions) {
            specs.add(SqlTokenizer.tokenize(expression.toString()));
        }
        return AlterSpecClassifier.classify(table(alter.getTable(), context), specs, context);
    }

    private static TableId table(Table table, DdlContext context) {
        return context.table(table.getSchemaName(), table.getName());
    }
}
