package io.dmconnect.sink.tidb.ddl;

import io.dmconnect.sink.tidb.error.ErrorCode;
import io.dmconnect.sink.tidb.error.ErrorRules;
import io.dmconnect.sink.tidb.error.SinkException;
import io.dmconnect.sink.tidb.error.SqlFailure;
import java.util.List;

/**
 * Turns a DDL the downstream refused into the error the task fails with: DMC-SINK-2001 when the refusal is one of
 * the DDLs TiDB cannot run (DM's {@code UnsupportedDDLMsgs}: unsupported modify column, drop primary key,
 * collation, identifier too long, ...), else DMC-SINK-2002. The message names the upstream statement, what was
 * run downstream, the server's error, and how to skip or replace it.
 */
public final class UnsupportedDdl {
    private static final int HINT_WORDS = 8;

    private UnsupportedDdl() {
    }

    /** Whether {@code failure} is one of the DDL refusals DM lists as unsupported by TiDB. */
    public static boolean isUnsupported(Throwable failure) {
        SqlFailure read = SqlFailure.of(failure);
        return ErrorRules.UNSUPPORTED_DDL_CODES.contains(read.code())
                || ErrorRules.UNSUPPORTED_DDL_MESSAGES.stream().anyMatch(read::mentions);
    }

    /**
     * The task's error for a refused DDL.
     *
     * @param statement the record's upstream statement
     * @param executed  the DDL as run downstream (routed)
     * @param failure   what the downstream said
     * @param position  the DDL record's source position ({@code <file>:<pos>}), or null when unknown
     */
    public static SinkException error(String statement, List<String> executed, Throwable failure, String position) {
        SqlFailure read = SqlFailure.of(failure);
        ErrorCode code = isUnsupported(failure) ? ErrorCode.UNSUPPORTED_DDL : ErrorCode.DDL_FAILED;
        String detail = "[" + statement + "] ran downstream as [" + String.join("; ", executed) + "] and failed with "
                + "error " + read.code() + " (" + read.firstMessage() + "); " + hints(statement, position);
        return new SinkException(code, detail, failure);
    }

    /** How to skip or replace this statement: {@link #skipHint} and {@link #replaceHint}. */
    public static String hints(String statement, String position) {
        return skipHint(statement) + "; " + replaceHint(statement, position);
    }

    /**
     * How to skip this statement: {@code ddl.skip.statements=<regex>} with a regular expression that matches the
     * start of it (backquotes as '.', so the value needs no quoting in a list; cut before the first comma or
     * parenthesis).
     */
    public static String skipHint(String statement) {
        return "to skip it set ddl.skip.statements=" + skipRegex(statement)
                + " and make the change downstream by hand";
    }

    /**
     * How to replace this statement with others (DM's {@code binlog replace}): a {@code ddl.replace} rule with the
     * same regex as the skip hint and, when known, the record's position, so the rule replaces only this one.
     */
    public static String replaceHint(String statement, String position) {
        String rule = DdlReplaceConfig.REPLACE + "=fix, " + DdlReplaceConfig.key("fix", DdlReplaceConfig.STATEMENT)
                + "=" + skipRegex(statement) + ", "
                + (position == null ? "" : DdlReplaceConfig.key("fix", DdlReplaceConfig.POSITION) + "=" + position + ", ")
                + DdlReplaceConfig.key("fix", DdlReplaceConfig.WITH) + "=<statements>";
        return "or replace it: " + rule;
    }

    static String skipRegex(String statement) {
        String text = statement.strip().replaceAll("\\s+", " ");
        int cut = text.length();
        for (char stop : new char[] {',', '(', '\'', '"'}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String[] words = text.substring(0, cut).strip().split(" ");
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < Math.min(words.length, HINT_WORDS); i++) {
            regex.append(i == 0 ? "" : " ").append(escape(words[i]));
        }
        return regex.toString();
    }

    private static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == '`') {
                out.append('.');
            } else if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
