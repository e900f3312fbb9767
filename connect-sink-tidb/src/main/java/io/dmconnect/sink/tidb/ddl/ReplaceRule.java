package io.dmconnect.sink.tidb.ddl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code ddl.replace.<name>} rule, DM's {@code binlog replace}: an upstream DDL that matches {@code statement}
 * (and, when set, sits at {@code position}) is not replayed; {@code statements} run downstream instead, as written.
 *
 * @param name       the rule's name in {@code ddl.replace}
 * @param statement  case-insensitive, unanchored, like {@code ddl.skip.statements}
 * @param position   the DDL record's source position, or empty for every position
 * @param statements what runs downstream instead, in order
 */
public record ReplaceRule(String name, Pattern statement, Optional<Position> position, List<String> statements) {

    /** A DDL record's source position: its binlog file and the {@code pos} of its source block. */
    public record Position(String file, long pos) {
        @Override
        public String toString() {
            return file + ":" + pos;
        }
    }

    public ReplaceRule {
        statements = List.copyOf(statements);
    }

    /** Whether this rule replaces {@code ddl}, read at {@code file:pos}. */
    public boolean matches(String ddl, String file, long pos) {
        return position.map(p -> p.equals(new Position(file, pos))).orElse(true) && statement.matcher(ddl).find();
    }

    /** The first rule of {@code rules} (list order) that replaces {@code ddl} at {@code file:pos}. */
    public static Optional<ReplaceRule> first(List<ReplaceRule> rules, String ddl, String file, long pos) {
        return rules.stream().filter(r -> r.matches(ddl, file, pos)).findFirst();
    }
}
