package io.dmconnect.sink.tidb.error;

import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders docs/errors.md from {@link ErrorCode}, {@link ErrorClass}, {@link ErrorRules#TABLE} and
 * {@link Backoff}, so the catalogue cannot drift from the code. The per-number index is computed by classifying
 * each number, not written by hand.
 */
public final class ErrorDocs {
    private static final ErrorClassifier CLASSIFIER = new ErrorClassifier();

    private ErrorDocs() {
    }

    /** The whole page. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Sink errors\n\n");
        md.append("<!-- generated from ErrorCode, ErrorClass, ErrorRules and Backoff by ErrorCatalogueTest; do not "
                + "edit by hand -->\n\n");
        md.append("How the TiDB sink reacts to a failed downstream statement, and the dm-connect error codes a "
                + "failed task reports. DM's behaviour is the model; rows marked dm-connect go beyond it.\n");
        codes(md);
        classes(md);
        rules(md);
        index(md);
        backoff(md);
        return md.toString();
    }

    private static void codes(StringBuilder md) {
        md.append("\n## dm-connect error codes\n\n");
        md.append("A failed task's trace starts with one of these codes. Codes never change meaning.\n\n");
        md.append("| code | scope | message | workaround |\n|---|---|---|---|\n");
        for (ErrorCode code : ErrorCode.values()) {
            md.append("| `").append(code.code()).append("` | ").append(code.scope().name().toLowerCase())
                    .append(" | ").append(cell(code.message())).append(" | ").append(cell(code.workaround()))
                    .append(" |\n");
        }
    }

    private static void classes(StringBuilder md) {
        md.append("\n## What happens, by class\n\n| class | what the sink does |\n|---|---|\n");
        for (ErrorClass c : ErrorClass.values()) {
            md.append("| `").append(c).append("` | ").append(cell(c.effect())).append(" |\n");
        }
    }

    private static void rules(StringBuilder md) {
        md.append("\n## Classification table\n\n");
        md.append("The sink reads the MySQL/TiDB error number, the SQLState and the messages of the whole cause "
                + "chain, then takes the first row that matches. No match: `FATAL`.\n\n");
        md.append("| # | statements | matches | class | why |\n|---|---|---|---|---|\n");
        int n = 0;
        for (ErrorRule rule : ErrorRules.TABLE) {
            String scope = rule.scope().toString() + (rule.guard() == ErrorRule.Guard.ALWAYS ? ""
                    : ", " + rule.guard());
            md.append("| ").append(++n).append(" | ").append(cell(scope)).append(" | ")
                    .append(cell(rule.match().describe())).append(" | `").append(rule.errorClass()).append("` | ")
                    .append(cell(rule.why())).append(" |\n");
        }
    }

    private static void index(StringBuilder md) {
        md.append("\n## By error number\n\n");
        md.append("| error | row changes | row changes in safe mode | DDL | idempotent DDL |\n|---|---|---|---|---|\n");
        for (int code : numbers()) {
            SQLException e = new SQLException("error " + code, null, code);
            indexRow(md, String.valueOf(code), e);
        }
        indexRow(md, "1105 (\"" + ErrorRules.RETRYABLE_1105_MESSAGES.get(0) + "\")",
                new SQLException(ErrorRules.RETRYABLE_1105_MESSAGES.get(0), "HY000", 1105));
        indexRow(md, "1105 (other messages)", new SQLException("other", "HY000", 1105));
        indexRow(md, "SQLState 08S01 (link failure)", new SQLException("Communications link failure", "08S01"));
        indexRow(md, "any other", new SQLException("other", "HY000", 1146));
    }

    private static void indexRow(StringBuilder md, String label, SQLException e) {
        md.append("| ").append(cell(label));
        for (ErrorClassifier.Context ctx : List.of(ErrorClassifier.Context.dml(false),
                ErrorClassifier.Context.dml(true), ErrorClassifier.Context.ddl(false),
                ErrorClassifier.Context.ddl(true))) {
            md.append(" | `").append(CLASSIFIER.classify(e, ctx).errorClass()).append('`');
        }
        md.append(" |\n");
    }

    private static TreeSet<Integer> numbers() {
        TreeSet<Integer> all = new TreeSet<>();
        for (ErrorRule rule : ErrorRules.TABLE) {
            if (rule.match() instanceof ErrorRule.Codes c) {
                all.addAll(c.codes());
            } else if (rule.match() instanceof ErrorRule.MessagesOrCodes m) {
                all.addAll(m.codes());
            } else if (rule.match() instanceof ErrorRule.Connection c) {
                all.addAll(c.codes());
            }
        }
        return all;
    }

    private static void backoff(StringBuilder md) {
        md.append("\n## Backoff\n\n");
        md.append("| backoff | first wait | growth | cap | attempts | used for |\n|---|---|---|---|---|---|\n");
        backoffRow(md, "`Backoff.DM_STATEMENT`", Backoff.DM_STATEMENT,
                "`RETRY` and `RETRY_IF_IDEMPOTENT`: DM's statement retry (dm/syncer/dbconn ExecuteSQL)");
        backoffRow(md, "`Backoff.DM_AUTO_RESUME`", Backoff.DM_AUTO_RESUME,
                "DM's auto-resume of a paused task (checker: backoff-max 5m, jitter); Connect does not restart a "
                        + "failed task by itself, so this is what an operator or supervisor should use");
    }

    private static void backoffRow(StringBuilder md, String name, Backoff b, String use) {
        md.append("| ").append(name).append(" | ").append(b.initial().toMillis()).append(" ms | x")
                .append(b.multiplier()).append(" | ").append(b.max().toMillis()).append(" ms | ")
                .append(b.maxAttempts() == Integer.MAX_VALUE ? "unlimited" : String.valueOf(b.maxAttempts()))
                .append(" | ").append(cell(use)).append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
