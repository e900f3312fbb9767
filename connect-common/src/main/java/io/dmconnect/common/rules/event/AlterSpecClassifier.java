package io.dmconnect.common.rules.event;

import io.dmconnect.common.TableId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DM's event type of an ALTER TABLE ({@code dm/syncer/ddl.go AstToDDLEvent}), read from the tokens of its specs:
 * <ul>
 *   <li>MODIFY / CHANGE COLUMN → the fine-grained type ({@link ColumnChangeAnalyzer});</li>
 *   <li>RENAME COLUMN → rename column; RENAME INDEX|KEY → rename index; RENAME [TO|AS] → rename table;</li>
 *   <li>DROP [COLUMN] → drop column; DROP INDEX|KEY → drop index; DROP PRIMARY KEY → drop primary key;
 *       DROP PARTITION → drop table partition; DROP FOREIGN KEY / CHECK / CONSTRAINT → alter table;</li>
 *   <li>ADD INDEX / KEY / UNIQUE / PRIMARY KEY / FOREIGN KEY / FULLTEXT / SPATIAL / CHECK / CONSTRAINT → modify
 *       constraint (TiDB parses every one of them as "add constraint"); ADD [COLUMN], ADD PARTITION → alter table;</li>
 *   <li>ALTER [COLUMN] c SET DEFAULT / DROP DEFAULT → modify default value; other ALTER ... → alter table;</li>
 *   <li>TRUNCATE / REORGANIZE / REBUILD / COALESCE / EXCHANGE PARTITION → truncate / reorganize / rebuild /
 *       coalesce / exchange table partition;</li>
 *   <li>table options: CONVERT TO / CHARACTER SET → modify charset, COLLATE → modify collation, ENGINE → modify
 *       storage engine, the first of them deciding; other options → alter table;</li>
 *   <li>anything else (FORCE, ORDER BY, REMOVE PARTITIONING, PARTITION BY, ...) → alter table.</li>
 * </ul>
 * ALGORITHM and LOCK are not specs (TiDB drops them); more than one spec is a {@code multi schema change}.
 */
final class AlterSpecClassifier {
    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "primary", "unique", "index", "key",
            "fulltext", "spatial", "foreign", "check");

    private final TableId table;
    private final DdlContext context;

    private AlterSpecClassifier(TableId table, DdlContext context) {
        this.table = table;
        this.context = context;
    }

    /** Classifies {@code ALTER TABLE table <specs>}, each spec given by its tokens. */
    static ClassifiedDdl classify(TableId table, List<List<SqlToken>> specs, DdlContext context) {
        List<List<SqlToken>> real = specs.stream()
                .filter(spec -> !spec.isEmpty() && !spec.get(0).is("algorithm") && !spec.get(0).is("lock")).toList();
        if (real.size() > 1) {
            return new ClassifiedDdl(EventType.MULTI_SCHEMA_CHANGE, table);
        }
        if (real.isEmpty()) {
            return new ClassifiedDdl(EventType.ALTER_TABLE, table);
        }
        return new AlterSpecClassifier(table, context).spec(new TokenCursor(real.get(0)));
    }

    private ClassifiedDdl spec(TokenCursor in) {
        SqlToken first = in.peek();
        if (in.accept("modify")) {
            in.accept("column");
            return column(in, null);
        }
        if (in.accept("change")) {
            in.accept("column");
            return column(in, in.required().value());
        }
        if (in.accept("drop")) {
            return of(drop(in));
        }
        if (in.accept("rename")) {
            return rename(in);
        }
        if (in.accept("add")) {
            return of(add(in));
        }
        if (in.accept("alter")) {
            return of(alter(in));
        }
        return partitionOrOption(in, first);
    }

    private ClassifiedDdl partitionOrOption(TokenCursor in, SqlToken first) {
        if (in.acceptAll("truncate", "partition")) {
            return of(EventType.TRUNCATE_TABLE_PARTITION);
        }
        if (in.acceptAll("reorganize", "partition")) {
            return of(EventType.REORGANIZE_TABLE_PARTITION);
        }
        if (in.acceptAll("rebuild", "partition")) {
            return of(EventType.REBUILD_TABLE_PARTITION);
        }
        if (in.acceptAll("coalesce", "partition")) {
            return of(EventType.COALESCE_TABLE_PARTITION);
        }
        if (in.acceptAll("exchange", "partition")) {
            return exchange(in);
        }
        if (in.accept("convert")) {
            return of(EventType.MODIFY_CHARSET);
        }
        if (TableOptions.startsOptionList(first)) {
            return of(TableOptions.firstDecisive(in.rest()).orElse(EventType.ALTER_TABLE));
        }
        return of(EventType.ALTER_TABLE);
    }

    private ClassifiedDdl column(TokenCursor in, String oldName) {
        ColumnSpec spec;
        try {
            spec = ColumnSpecReader.read(in.rest());
        } catch (IllegalArgumentException e) {
            return of(EventType.MODIFY_COLUMN); // unreadable definition: as unknown as an untracked table
        }
        String name = oldName != null ? oldName : spec.name();
        return of(ColumnChangeAnalyzer.classify(context.tracked(table), name, spec));
    }

    private static EventType drop(TokenCursor in) {
        if (in.acceptAll("primary", "key")) {
            return EventType.DROP_PRIMARY_KEY;
        }
        if (in.peekWord("index") || in.peekWord("key")) {
            return EventType.DROP_INDEX;
        }
        if (in.peekWord("partition")) {
            return EventType.DROP_TABLE_PARTITION;
        }
        if (in.peekWord("foreign") || in.peekWord("check") || in.peekWord("constraint")) {
            return EventType.ALTER_TABLE;
        }
        return EventType.DROP_COLUMN;
    }

    private ClassifiedDdl rename(TokenCursor in) {
        if (in.peekWord("column")) {
            return of(EventType.RENAME_COLUMN);
        }
        if (in.peekWord("index") || in.peekWord("key")) {
            return of(EventType.RENAME_INDEX);
        }
        if (!in.accept("to")) {
            in.accept("as");
        }
        Optional<TableId> target = in.qualifiedName(context.defaultSchema());
        return new ClassifiedDdl(EventType.RENAME_TABLE, table, target.map(List::of).orElse(List.of()));
    }

    private static EventType add(TokenCursor in) {
        SqlToken next = in.peek();
        if (next != null && next.kind() == SqlToken.Kind.WORD && CONSTRAINT_WORDS.contains(lower(next.text()))) {
            return EventType.MODIFY_CONSTRAINT;
        }
        return EventType.ALTER_TABLE; // ADD [COLUMN], ADD PARTITION
    }

    private static EventType alter(TokenCursor in) {
        if (in.peekWord("index") || in.peekWord("check") || in.peekWord("constraint")) {
            return EventType.ALTER_TABLE;
        }
        in.accept("column");
        in.next();
        if (in.acceptAll("set", "default") || in.acceptAll("drop", "default")) {
            return EventType.MODIFY_DEFAULT_VALUE;
        }
        return EventType.ALTER_TABLE;
    }

    private ClassifiedDdl exchange(TokenCursor in) {
        in.next(); // the partition
        if (in.acceptAll("with", "table")) {
            Optional<TableId> partner = in.qualifiedName(context.defaultSchema());
            return new ClassifiedDdl(EventType.EXCHANGE_TABLE_PARTITION, table, partner.map(List::of).orElse(List.of()));
        }
        return of(EventType.EXCHANGE_TABLE_PARTITION);
    }

    private ClassifiedDdl of(EventType type) {
        return new ClassifiedDdl(type, table);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
