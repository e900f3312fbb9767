package io.dmconnect.sink.tidb.error;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One row of the classification table: when a failure in a given {@link Scope} and {@link Guard} matches, it gets
 * {@code errorClass}. Rows are tried in order; the first match wins.
 *
 * @param scope      DML, DDL or any statement
 * @param guard      an extra condition on the apply's context
 * @param match      what the failure must show
 * @param errorClass the outcome
 * @param why        the reason, with DM's source where it comes from DM
 */
public record ErrorRule(Scope scope, Guard guard, Match match, ErrorClass errorClass, String why) {
    /** Which statements a row applies to. */
    public enum Scope {
        ANY("any statement"), DML("row changes"), DDL("DDL");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        boolean covers(ErrorClassifier.Context ctx) {
            return this == ANY || (this == DDL) == ctx.ddl();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A condition on how the failed statements were being applied. */
    public enum Guard {
        ALWAYS(""),
        /** Redoing cannot duplicate anything: the apply is idempotent (safe mode) or nothing was sent yet. */
        SAFE_TO_REDO("when redoing is safe (safe mode, an idempotent DDL, or nothing sent yet)");

        private final String text;

        Guard(String text) {
            this.text = text;
        }

        boolean holds(ErrorClassifier.Context ctx) {
            return this == ALWAYS || ctx.idempotent() || ctx.nothingSent();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public ErrorRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(why, "why");
    }

    boolean applies(SqlFailure failure, ErrorClassifier.Context ctx) {
        return scope.covers(ctx) && guard.holds(ctx) && match.matches(failure);
    }

    /** What a failure must show for a row to apply. */
    public sealed interface Match {
        boolean matches(SqlFailure failure);

        /** For the error catalogue. */
        String describe();
    }

    /** One of these MySQL/TiDB error numbers. */
    public record Codes(Set<Integer> codes) implements Match {
        public Codes {
            codes = Set.copyOf(codes);
        }

        @Override
        public boolean matches(SqlFailure failure) {
            return codes.contains(failure.code());
        }

        @Override
        public String describe() {
            return "error " + new TreeSet<>(codes).stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    /** Error {@code code} whose message contains one of the fragments (ignoring case). */
    public record CodeWithMessage(int code, List<String> fragments) implements Match {
        public CodeWithMessage {
            fragments = List.copyOf(fragments);
        }

        @Override
        public boolean matches(SqlFailure failure) {
            return failure.code() == code && fragments.stream().anyMatch(failure::mentions);
        }

        @Override
        public String describe() {
            return "error " + code + " with a message containing " + quoted(fragments);
        }
    }

    /** Any error whose message contains one of the fragments (ignoring case), or one of the codes. */
    public record MessagesOrCodes(List<String> fragments, Set<Integer> codes) implements Match {
        public MessagesOrCodes {
            fragments = List.copyOf(fragments);
            codes = Set.copyOf(codes);
        }

        @Override
        public boolean matches(SqlFailure failure) {
            return codes.contains(failure.code()) || fragments.stream().anyMatch(failure::mentions);
        }

        @Override
        public String describe() {
            return "a message containing " + quoted(fragments) + ", or " + new Codes(codes).describe();
        }
    }

    /**
     * A connection problem: one of the error numbers, a SQLState starting with one of the prefixes, or the
     * connection flag the driver's exception types give ({@code lost}: broke in use; otherwise: never opened).
     */
    public record Connection(boolean lost, Set<Integer> codes, List<String> statePrefixes, String types)
            implements Match {
        public Connection {
            codes = Set.copyOf(codes);
            statePrefixes = List.copyOf(statePrefixes);
        }

        @Override
        public boolean matches(SqlFailure failure) {
            boolean flagged = lost ? failure.connectionLost() : failure.cannotConnect();
            return flagged || codes.contains(failure.code()) || statePrefixes.stream().anyMatch(failure::stateStartsWith);
        }

        @Override
        public String describe() {
            return new Codes(codes).describe() + ", SQLState " + String.join("/", statePrefixes) + "*, or " + types;
        }
    }

    private static String quoted(List<String> fragments) {
        return fragments.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(" / "));
    }
}
