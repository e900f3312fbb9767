package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies, from its tokens, a DDL statement that JSqlParser rejects or does not model but that MySQL (and
 * TiDB's parser, which DM uses) accepts: {@code ALTER DATABASE}, {@code ALTER TABLE ... DROP FOREIGN KEY fk},
 * {@code RENAME TO db.t}, space-separated table options, {@code CREATE TABLE} with options JSqlParser does not know,
 * and so on. Only statement heads are read; anything else is left unclassified.
 */
final class DdlFallback {
    /** Words that start an ALTER TABLE spec, so never the continuation of a partition list. */
    private static final Set<String> SPEC_WORDS = Set.of("add", "drop", "modify", "change", "alter", "rename",
            "algorithm", "lock", "truncate", "reorganize", "rebuild", "coalesce", "exchange", "convert", "analyze",
            "check", "optimize", "repair", "remove", "partition", "discard", "import", "force", "order", "enable",
            "disable", "with", "without", "upgrade");

    private final TokenCursor in;
    private final DdlContext context;

    private DdlFallback(List<SqlToken> tokens, DdlContext context) {
        this.in = new TokenCursor(tokens);
        this.context = context;
    }

    static Optional<ClassifiedDdl> classify(List<SqlToken> tokens, DdlContext context) {
        return new DdlFallback(tokens, context).statement();
    }

    private Optional<ClassifiedDdl> statement() {
        if (in.accept("create")) {
            return create();
        }
        if (in.accept("drop")) {
            return drop();
        }
        if (in.accept("alter")) {
            return alter();
        }
        if (in.accept("truncate")) {
            in.accept("table");
            return tables(EventType.TRUNCATE_TABLE);
        }
        if (in.acceptAll("rename", "table")) {
            return rename();
        }
        return Optional.empty();
    }

    private Optional<ClassifiedDdl> create() {
        if (in.accept("database") || in.accept("schema")) {
            in.acceptAll("if", "not", "exists");
            return schema(EventType.CREATE_DATABASE);
        }
        in.accept("temporary");
        if (in.accept("table")) {
            in.acceptAll("if", "not", "exists");
            return createTable();
        }
        if (!in.accept("unique") && !in.accept("fulltext")) {
            in.accept("spatial");
        }
        if (in.accept("index")) {
            return index(EventType.CREATE_INDEX);
        }
        return Optional.empty();
    }

    private Optional<ClassifiedDdl> createTable() {
        Optional<TableId> table = in.qualifiedName(context.defaultSchema());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        boolean parenthesised = in.acceptSymbol('(');
        if (in.accept("like")) {
            Optional<TableId> source = in.qualifiedName(context.defaultSchema());
            return Optional.of(new ClassifiedDdl(EventType.CREATE_TABLE, table.get(),
                    source.map(List::of).orElse(List.of())));
        }
        if (parenthesised || !in.atEnd()) {
            return Optional.of(new ClassifiedDdl(EventType.CREATE_TABLE, table.get()));
        }
        return Optional.empty();
    }

    private Optional<ClassifiedDdl> drop() {
        if (in.accept("database") || in.accept("schema")) {
            in.acceptAll("if", "exists");
            return schema(EventType.DROP_DATABASE);
        }
        in.accept("temporary");
        if (in.accept("table") || in.accept("tables")) {
            in.acceptAll("if", "exists");
            return tables(EventType.DROP_TABLE);
        }
        if (in.accept("index")) {
            return index(EventType.DROP_INDEX);
        }
        return Optional.empty();
    }

    private Optional<ClassifiedDdl> alter() {
        if (in.accept("database") || in.accept("schema")) {
            SqlToken next = in.peek();
            boolean named = next != null && next.isIdentifier() && !TableOptions.startsOptionList(next)
                    && !next.is("read") && !next.is("upgrade");
            return Optional.of(new ClassifiedDdl(EventType.ALTER_DATABASE,
                    TableId.schemaOnly(named ? next.value() : context.defaultSchema())));
        }
        if (!in.accept("online")) {
            in.accept("offline");
        }
        in.accept("ignore");
        if (!in.accept("table")) {
            return Optional.empty();
        }
        Optional<TableId> table = in.qualifiedName(context.defaultSchema());
        return table.map(t -> AlterSpecClassifier.classify(t, joinPartitionLists(in.splitRest()), context));
    }

    /** {@code DROP PARTITION p0, p1} is one spec whose partition list contains commas: glue the names back. */
    private static List<List<SqlToken>> joinPartitionLists(List<List<SqlToken>> parts) {
        List<List<SqlToken>> specs = new ArrayList<>();
        for (List<SqlToken> part : parts) {
            List<SqlToken> previous = specs.isEmpty() ? null : specs.get(specs.size() - 1);
            boolean continuesList = previous != null && previous.size() > 1 && previous.get(1).is("partition")
                    && !part.isEmpty() && part.get(0).isIdentifier() && !SPEC_WORDS.contains(lower(part.get(0)));
            if (continuesList) {
                previous.addAll(part);
            } else {
                specs.add(new ArrayList<>(part));
            }
        }
        return specs;
    }

    private static String lower(SqlToken token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private Optional<ClassifiedDdl> rename() {
        List<TableId> names = new ArrayList<>();
        do {
            Optional<TableId> from = in.qualifiedName(context.defaultSchema());
            if (from.isEmpty() || !in.accept("to")) {
                return Optional.empty();
            }
            names.add(from.get());
            in.qualifiedName(context.defaultSchema()).ifPresent(names::add);
        } while (in.acceptSymbol(','));
        return Optional.of(new ClassifiedDdl(EventType.RENAME_TABLE, names.get(0), names.subList(1, names.size())));
    }

    /** {@code name [, name...]}: one table or several (an unsplit DROP TABLE). */
    private Optional<ClassifiedDdl> tables(EventType type) {
        List<TableId> names = new ArrayList<>();
        do {
            Optional<TableId> name = in.qualifiedName(context.defaultSchema());
            if (name.isEmpty()) {
                return Optional.empty();
            }
            names.add(name.get());
        } while (in.acceptSymbol(','));
        return Optional.of(new ClassifiedDdl(type, names.get(0), names.subList(1, names.size())));
    }

    /** {@code index_name [USING ...] ON table}. */
    private Optional<ClassifiedDdl> index(EventType type) {
        in.next();
        while (!in.atEnd() && !in.peekWord("on")) {
            in.next();
        }
        if (!in.accept("on")) {
            return Optional.empty();
        }
        return in.qualifiedName(context.defaultSchema()).map(t -> new ClassifiedDdl(type, t));
    }

    private Optional<ClassifiedDdl> schema(EventType type) {
        SqlToken name = in.peek();
        if (name == null || !name.isIdentifier()) {
            return Optional.empty();
        }
        return Optional.of(new ClassifiedDdl(type, TableId.schemaOnly(name.value())));
    }
}
