package io.dmconnect.common.ddl;

import io.dmconnect.common.ddl.ParsedStatement.TransactionControl.Kind;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a statement by its leading keywords before any DDL grammar runs: transaction control, statements
 * that never change a table definition (DML, SET, SHOW, administration: DM skips them as non-DDL), and the objects
 * on DM's skip list that its regular expressions miss ({@code CREATE VIEW v} with one space, {@code CREATE
 * DEFINER=... } spellings split by comments). Returns empty for anything that may be table DDL.
 */
final class StatementClassifier {
    private static final Set<String> NOT_DDL_FIRST_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT",
            "WITH", "VALUES", "TABLE", "LOAD", "CALL", "DO", "HANDLER", "SET", "SHOW", "DESCRIBE", "DESC", "EXPLAIN",
            "USE", "HELP", "KILL", "LOCK", "UNLOCK", "RESET", "PURGE", "CHANGE", "STOP", "CHECKSUM", "CHECK",
            "CACHE", "INSTALL", "UNINSTALL", "PREPARE", "EXECUTE", "DEALLOCATE", "SIGNAL", "RESIGNAL", "GET", "BINLOG",
            "RELEASE", "ANALYZE", "OPTIMIZE", "REPAIR", "BACKUP", "SHUTDOWN", "RESTART", "CLONE",
            "SAVEPOINT", "FLUSH", "GRANT", "REVOKE");
    private static final Set<String> SKIPPED_OBJECTS = Set.of("VIEW", "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT",
            "TABLESPACE", "USER");
    private static final Set<String> NEUTRAL_OBJECTS = Set.of("ROLE", "SERVER", "PACKAGE", "LOGFILE", "RESOURCE",
            "INSTANCE", "SYNONYM", "UNDO");

    private StatementClassifier() {
    }

    static Optional<ParsedStatement> classify(TokenCursor c) {
        Token first = c.peek();
        if (first.type() != Token.Type.WORD) {
            return Optional.empty();
        }
        String word = first.upper();
        Optional<ParsedStatement> tx = transaction(c, word);
        if (tx.isPresent()) {
            return tx;
        }
        if (word.equals("XA")) {
            return notDdl(c); // XA RECOVER
        }
        if (word.equals("START") && (c.peek(1).isWord("SLAVE") || c.peek(1).isWord("REPLICA")
                || c.peek(1).isWord("GROUP_REPLICATION"))) {
            return notDdl(c);
        }
        if (NOT_DDL_FIRST_WORDS.contains(word) && !(word.equals("SET") && c.peek(1).isWord("STATEMENT"))) {
            return notDdl(c);
        }
        if (word.equals("CREATE") || word.equals("ALTER") || word.equals("DROP") || word.equals("RENAME")) {
            return objectStatement(c, word);
        }
        return Optional.empty();
    }

    private static Optional<ParsedStatement> transaction(TokenCursor c, String word) {
        Kind kind = switch (word) {
            case "BEGIN" -> c.peek(1).type() == Token.Type.EOF || c.peek(1).isWord("WORK") ? Kind.BEGIN : null;
            case "START" -> c.peek(1).isWord("TRANSACTION") ? Kind.BEGIN : null;
            case "COMMIT" -> Kind.COMMIT;
            case "ROLLBACK" -> rollback(c);
            case "XA" -> xa(c.peek(1));
            default -> null;
        };
        return kind == null ? Optional.empty() : Optional.of(new ParsedStatement.TransactionControl(kind));
    }

    private static Kind rollback(TokenCursor c) {
        int i = c.peek(1).isWord("WORK") ? 2 : 1;
        return c.peek(i).isWord("TO") ? Kind.ROLLBACK_TO_SAVEPOINT : Kind.ROLLBACK;
    }

    private static Kind xa(Token action) {
        if (action.type() != Token.Type.WORD) {
            return null;
        }
        return switch (action.upper()) {
            case "START", "BEGIN" -> Kind.XA_START;
            case "END" -> Kind.XA_END;
            case "PREPARE" -> Kind.XA_PREPARE;
            case "COMMIT" -> Kind.XA_COMMIT;
            case "ROLLBACK" -> Kind.XA_ROLLBACK;
            default -> null;
        };
    }

    /** CREATE/ALTER/DROP/RENAME of something: finds the object word after definers, algorithms, OR REPLACE. */
    private static Optional<ParsedStatement> objectStatement(TokenCursor c, String verb) {
        int mark = c.index();
        try {
            c.next();
            skipObjectPrefixes(c);
            Token object = c.peek();
            if (object.type() != Token.Type.WORD) {
                return Optional.empty();
            }
            String name = object.upper();
            if (SKIPPED_OBJECTS.contains(name)) {
                return Optional.of(new ParsedStatement.Skipped(name.toLowerCase(java.util.Locale.ROOT)
                        + " (DM built-in skip list, matched by keyword)"));
            }
            if (NEUTRAL_OBJECTS.contains(name) || (name.equals("SPATIAL") && c.peek(1).isWord("REFERENCE"))) {
                return Optional.of(new ParsedStatement.NotDdl(verb + " " + name));
            }
            return Optional.empty();
        } finally {
            c.reset(mark);
        }
    }

    private static void skipObjectPrefixes(TokenCursor c) {
        while (true) {
            if (c.accept("OR", "REPLACE") || c.accept("AGGREGATE") || c.accept("NONEDITIONABLE")
                    || c.accept("EDITIONABLE")) {
                continue;
            }
            if (c.accept("DEFINER") || c.accept("ALGORITHM")) {
                c.acceptSymbol("=");
                c.next();
                if (c.peek().type() == Token.Type.VARIABLE) {
                    c.next(); // user@host
                }
                if (c.atSymbol("(")) {
                    c.skipParenthesized(); // CURRENT_USER()
                }
                continue;
            }
            if (c.accept("SQL", "SECURITY")) {
                c.next();
                continue;
            }
            return;
        }
    }

    private static Optional<ParsedStatement> notDdl(TokenCursor c) {
        String what = c.peek().upper() + (c.peek(1).type() == Token.Type.WORD ? " " + c.peek(1).upper() : "");
        return Optional.of(new ParsedStatement.NotDdl(what));
    }
}
