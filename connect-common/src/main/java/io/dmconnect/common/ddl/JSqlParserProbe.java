package io.dmconnect.common.ddl;

import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Asks JSqlParser whether a statement our DDL grammar does not know is a non-DDL statement (DM skips statements
 * that parse and are not DDL). JSqlParser's verdict is trusted only for non-DDL classes; anything in its DDL
 * packages, or that it cannot parse, stays unparseable.
 */
final class JSqlParserProbe {
    private static final String[] DDL_PACKAGES = {"net.sf.jsqlparser.statement.create.",
        "net.sf.jsqlparser.statement.alter.", "net.sf.jsqlparser.statement.drop.",
        "net.sf.jsqlparser.statement.truncate.", "net.sf.jsqlparser.statement.refresh."};
    private static final long TIMEOUT_MS = 2_000;

    private JSqlParserProbe() {
    }

    /** The statement's JSqlParser class name when it parses as something other than DDL. */
    static Optional<String> nonDdlStatement(String sql) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sql, parser -> parser.withTimeOut(TIMEOUT_MS));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
        if (statement == null || statement instanceof UnsupportedStatement) {
            return Optional.empty();
        }
        String name = statement.getClass().getName();
        for (String ddl : DDL_PACKAGES) {
            if (name.startsWith(ddl)) {
                return Optional.empty();
            }
        }
        return Optional.of(statement.getClass().getSimpleName());
    }
}
