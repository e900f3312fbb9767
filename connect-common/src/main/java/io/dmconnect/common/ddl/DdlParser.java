package io.dmconnect.common.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the text of one QUERY event into what DM would do with it: DM's built-in skip list, transaction control,
 * non-DDL statements, or a DDL split into single statements ({@link ParsedStatement.Ddl}). Anything it cannot
 * parse comes back as {@link ParsedStatement.Unparseable} with the tables it mentions; it never guesses.
 *
 * <p>The caller decodes the event's bytes with the event's charset and passes the event's sql_mode. Stateless and
 * thread-safe.
 */
public final class DdlParser {
    private final ServerFlavor flavor;

    public DdlParser(ServerFlavor flavor) {
        this.flavor = Objects.requireNonNull(flavor, "flavor");
    }

    /** With the server's default sql_mode. */
    public ParsedStatement parse(String sql, String defaultSchema) {
        return parse(sql, defaultSchema, SqlMode.DEFAULT);
    }

    /**
     * @param sql           the statement text (executable comments, plain comments and a trailing {@code ;} allowed)
     * @param defaultSchema the event's current database, qualifies unqualified names ("" or null: none)
     * @param mode          the session sql_mode the statement ran with
     */
    public ParsedStatement parse(String sql, String defaultSchema, SqlMode mode) {
        String schema = defaultSchema == null ? "" : defaultSchema;
        Optional<String> skip = BuiltInSkipList.match(sql.stripLeading());
        if (skip.isPresent()) {
            return new ParsedStatement.Skipped(skip.get());
        }
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokenize(sql, mode, flavor);
        } catch (DdlSyntaxException e) {
            return new ParsedStatement.Unparseable(e.getMessage(), MentionedTables.ofText(sql, schema));
        }
        List<List<Token>> statements = splitStatements(tokens);
        if (statements.isEmpty()) {
            return new ParsedStatement.Skipped("no statement (comments only)");
        }
        if (statements.size() == 1) {
            return single(sql, statements.get(0), schema);
        }
        return several(sql, statements, schema);
    }

    /**
     * Several statements in one event (a client's multi-statement query; servers log statements one by one):
     * their DDL pieces in order, ignoring statements that change no table; anything unparseable or transactional
     * makes the whole event unparseable, so nothing is half-applied.
     */
    private ParsedStatement several(String sql, List<List<Token>> statements, String schema) {
        List<SingleDdl> pieces = new ArrayList<>();
        boolean anyDdl = false;
        for (List<Token> statement : statements) {
            ParsedStatement parsed = single(sql, statement, schema);
            if (parsed instanceof ParsedStatement.Ddl ddl) {
                pieces.addAll(ddl.pieces());
                anyDdl = true;
            } else if (!(parsed instanceof ParsedStatement.NotDdl) && !(parsed instanceof ParsedStatement.Skipped)) {
                return new ParsedStatement.Unparseable("several statements in one event, not all of them understood",
                        MentionedTables.of(flatten(statements), schema));
            }
        }
        return anyDdl ? new ParsedStatement.Ddl(pieces) : new ParsedStatement.NotDdl("several statements, none DDL");
    }

    private ParsedStatement single(String sql, List<Token> tokens, String schema) {
        String text = TokenText.render(tokens, 0, tokens.size());
        Optional<String> skip = BuiltInSkipList.match(text);
        if (skip.isPresent()) {
            return new ParsedStatement.Skipped(skip.get());
        }
        TokenCursor c = new TokenCursor(sql, tokens, schema);
        if (c.at("SET", "STATEMENT")) {
            return setStatementFor(sql, tokens, schema);
        }
        try {
            Optional<ParsedStatement> classified = StatementClassifier.classify(c);
            if (classified.isPresent()) {
                return classified.get();
            }
            ParsedStatement ddl = DdlGrammar.parse(c, flavor);
            if (ddl != null) {
                return ddl;
            }
        } catch (DdlSyntaxException e) {
            return new ParsedStatement.Unparseable(e.getMessage(), MentionedTables.of(tokens, schema));
        }
        Optional<String> nonDdl = JSqlParserProbe.nonDdlStatement(text);
        if (nonDdl.isPresent()) {
            return new ParsedStatement.NotDdl(nonDdl.get());
        }
        return new ParsedStatement.Unparseable("unsupported statement: " + abbreviate(text),
                MentionedTables.of(tokens, schema));
    }

    /** MariaDB's {@code SET STATEMENT var=value [, ...] FOR statement}: the inner statement is what counts. */
    private ParsedStatement setStatementFor(String sql, List<Token> tokens, String schema) {
        int depth = 0;
        for (int i = 2; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && t.isWord("FOR")) {
                List<Token> inner = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                return single(sql, inner, schema);
            }
        }
        return new ParsedStatement.Unparseable("SET STATEMENT without FOR", MentionedTables.of(tokens, schema));
    }

    /** Statements separated by top-level semicolons; empty ones dropped; each ends with the EOF token. */
    private static List<List<Token>> splitStatements(List<Token> tokens) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Token eof = tokens.get(tokens.size() - 1);
        for (Token t : tokens) {
            if (t.isSymbol(";") || t.type() == Token.Type.EOF) {
                if (!current.isEmpty()) {
                    current.add(new Token(Token.Type.EOF, "", "", t.type() == Token.Type.EOF ? eof.start()
                            : t.start(), true));
                    statements.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        return statements;
    }

    private static List<Token> flatten(List<List<Token>> statements) {
        List<Token> all = new ArrayList<>();
        statements.forEach(all::addAll);
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
