package io.dmconnect.common.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Prints the coverage of the DDL corpus as Markdown: per corpus file, how many statements JSqlParser 5.4 parses
 * as written and after this package's preprocessing (comments dropped, executable comments unwrapped, quoting
 * normalized), and how this package classifies them; then the statements it leaves unparseable, with the reason.
 * Run: {@code mvn -B -q -o -pl connect-common test-compile exec:java
 * -Dexec.mainClass=io.dmconnect.common.ddl.CorpusCoverage}.
 */
public final class CorpusCoverage {
    private static final String[] CATEGORIES = {"ddl", "skipped", "tx", "notddl", "unparseable"};

    private CorpusCoverage() {
    }

    public static void main(String[] args) {
        Map<String, int[]> rows = new TreeMap<>();
        int[] total = new int[4 + CATEGORIES.length];
        List<String> unparseable = new ArrayList<>();
        for (DdlCorpus.Entry entry : DdlCorpus.entries()) {
            int[] row = rows.computeIfAbsent(entry.file(), f -> new int[total.length]);
            ParsedStatement parsed = new DdlParser(entry.flavor()).parse(entry.sql(), "db");
            String category = DdlCorpus.category(parsed);
            boolean raw = parsesWithJSqlParser(entry.sql());
            boolean preprocessed = parsesWithJSqlParser(preprocess(entry));
            int[] counts = {1, raw ? 1 : 0, preprocessed ? 1 : 0, category.equals("ddl") && preprocessed ? 1 : 0};
            for (int i = 0; i < counts.length; i++) {
                row[i] += counts[i];
                total[i] += counts[i];
            }
            int c = 4 + List.of(CATEGORIES).indexOf(category);
            row[c]++;
            total[c]++;
            if (parsed instanceof ParsedStatement.Unparseable u) {
                unparseable.add("| " + entry + " | `" + oneLine(entry.sql()) + "` | " + u.error() + " |");
            }
        }
        System.out.println("| corpus file | statements | JSqlParser raw | JSqlParser preprocessed"
                + " | of our DDL, JSqlParser parses | ours: ddl | skipped | tx | not DDL | unparseable |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach((file, row) -> System.out.println(line(file, row)));
        System.out.println(line("**total**", total));
        System.out.println();
        System.out.println("| statement | text | why unparseable |");
        System.out.println("|---|---|---|");
        unparseable.forEach(System.out::println);
    }

    /** JSqlParser 5.4 returns a statement that is not its {@code UnsupportedStatement} fallback. */
    private static boolean parsesWithJSqlParser(String sql) {
        try {
            Statement statement = CCJSqlParserUtil.parse(sql, parser -> parser.withTimeOut(2_000));
            return statement != null && !(statement instanceof UnsupportedStatement);
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    private static String preprocess(DdlCorpus.Entry entry) {
        try {
            List<Token> tokens = SqlLexer.tokenize(entry.sql(), SqlMode.DEFAULT, entry.flavor());
            int end = tokens.size();
            while (end > 1 && (tokens.get(end - 1).type() == Token.Type.EOF || tokens.get(end - 1).isSymbol(";"))) {
                end--;
            }
            return TokenText.render(tokens, 0, end);
        } catch (DdlSyntaxException e) {
            return entry.sql();
        }
    }

    private static String line(String file, int[] row) {
        StringBuilder out = new StringBuilder("| ").append(file);
        out.append(" | ").append(row[0]);
        out.append(" | ").append(row[1]).append(percent(row[1], row[0]));
        out.append(" | ").append(row[2]).append(percent(row[2], row[0]));
        out.append(" | ").append(row[3]).append(" of ").append(row[4]);
        for (int i = 4; i < row.length; i++) {
            out.append(" | ").append(row[i]);
        }
        return out.append(" |").toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + " %)";
    }

    private static String oneLine(String sql) {
        String flat = sql.replaceAll("\\s+", " ").replace("|", "\\|");
        return flat.length() > 90 ? flat.substring(0, 90) + "..." : flat;
    }
}
