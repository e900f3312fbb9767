package io.dmconnect.common.ddl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads table options ({@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='x' ...}), separated by spaces or, in
 * CREATE TABLE, by commas. Any {@code name = value} is accepted, so engine-defined options (MariaDB) pass.
 */
final class TableOptionsParser {
    private static final Set<String> VALUE_OPTIONS = Set.of("ENGINE", "TYPE", "AUTO_INCREMENT", "AVG_ROW_LENGTH",
            "CHECKSUM", "TABLE_CHECKSUM", "COMMENT", "COMPRESSION", "CONNECTION", "DELAY_KEY_WRITE", "ENCRYPTION",
            "ENGINE_ATTRIBUTE", "SECONDARY_ENGINE_ATTRIBUTE", "INSERT_METHOD", "KEY_BLOCK_SIZE", "MAX_ROWS",
            "MIN_ROWS", "PACK_KEYS", "PASSWORD", "ROW_FORMAT", "STATS_AUTO_RECALC", "STATS_PERSISTENT",
            "STATS_SAMPLE_PAGES", "SECONDARY_ENGINE", "AUTOEXTEND_SIZE", "PAGE_CHECKSUM", "TRANSACTIONAL",
            "PAGE_COMPRESSED", "PAGE_COMPRESSION_LEVEL", "ENCRYPTED", "ENCRYPTION_KEY_ID", "IETF_QUOTES", "SEQUENCE",
            "TABLESPACE", "STORAGE");
    private static final Set<String> NOT_OPTIONS = Set.of("PARTITION", "AS", "SELECT", "IGNORE", "REPLACE", "WITH",
            "ADD", "DROP", "ALTER", "CHANGE", "MODIFY", "RENAME", "ALGORITHM", "LOCK", "FORCE", "ORDER", "CONVERT",
            "DISABLE", "ENABLE", "DISCARD", "IMPORT", "TRUNCATE", "COALESCE", "REORGANIZE", "EXCHANGE", "ANALYZE",
            "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "REMOVE", "WITHOUT", "VALUES", "TABLE");

    private String charset;
    private String collation;
    private String engine;
    private String comment;
    private Long autoIncrement;
    private boolean systemVersioning;
    private final Map<String, String> others = new LinkedHashMap<>();

    /** Options read by one {@link #parse} call. */
    record Result(AlterSpec.TableOptions options, boolean systemVersioning, boolean any) {
    }

    /** True when the cursor is at a table option. */
    static boolean atOption(TokenCursor c) {
        Token t = c.peek();
        if (t.type() != Token.Type.WORD) {
            return false;
        }
        String word = t.upper();
        if (word.equals("DEFAULT")) {
            return c.peek(1).isWord("CHARSET") || c.peek(1).isWord("CHARACTER") || c.peek(1).isWord("COLLATE")
                    || c.peek(1).isWord("CHAR") || c.peek(1).isWord("ENCRYPTION");
        }
        if (word.equals("WITH")) {
            return c.peek(1).isWord("SYSTEM");
        }
        if (word.equals("START")) {
            return c.peek(1).isWord("TRANSACTION");
        }
        if (word.equals("CHARACTER") || word.equals("CHAR")) {
            return c.peek(1).isWord("SET");
        }
        if (word.equals("DATA") || word.equals("INDEX")) {
            return c.peek(1).isWord("DIRECTORY");
        }
        if (NOT_OPTIONS.contains(word)) {
            return false;
        }
        return word.equals("CHARSET") || word.equals("COLLATE") || word.equals("UNION")
                || VALUE_OPTIONS.contains(word) || c.peek(1).isSymbol("=");
    }

    /** Reads options while there are any; commas between them only when {@code commas}. */
    static Result parse(TokenCursor c, boolean commas) {
        TableOptionsParser p = new TableOptionsParser();
        boolean any = false;
        while (atOption(c)) {
            p.option(c);
            any = true;
            if (commas && c.atSymbol(",") && atOptionAfterComma(c)) {
                c.next();
            }
        }
        AlterSpec.TableOptions options = new AlterSpec.TableOptions(p.charset, p.collation, p.engine, p.comment,
                p.autoIncrement, p.others);
        return new Result(options, p.systemVersioning, any);
    }

    private static boolean atOptionAfterComma(TokenCursor c) {
        int mark = c.index();
        c.next();
        boolean option = atOption(c);
        c.reset(mark);
        return option;
    }

    private void option(TokenCursor c) {
        if (c.accept("WITH", "SYSTEM", "VERSIONING")) {
            systemVersioning = true;
            return;
        }
        if (c.accept("START", "TRANSACTION")) {
            return; // MySQL 8.0.21+ logs atomic CREATE TABLE ... SELECT this way
        }
        c.accept("DEFAULT");
        if (c.accept("CHARACTER", "SET") || c.accept("CHAR", "SET") || c.accept("CHARSET")) {
            c.acceptSymbol("=");
            charset = Charsets.canonicalCharset(name(c));
        } else if (c.accept("COLLATE")) {
            c.acceptSymbol("=");
            collation = Charsets.canonicalCollation(name(c));
        } else if (c.accept("DATA", "DIRECTORY") || c.accept("INDEX", "DIRECTORY")) {
            c.acceptSymbol("=");
            c.next();
        } else if (c.accept("UNION")) {
            c.acceptSymbol("=");
            c.skipParenthesized();
        } else {
            generic(c);
        }
    }

    private void generic(TokenCursor c) {
        String name = c.next().upper();
        c.acceptSymbol("=");
        Token value = c.next();
        if (value.type() == Token.Type.EOF) {
            throw c.error("expected a value for " + name);
        }
        switch (name) {
            case "ENGINE", "TYPE" -> engine = Charsets.canonicalEngine(value.value());
            case "COMMENT" -> comment = value.value(); // "" clears the comment
            case "AUTO_INCREMENT" -> autoIncrement = parseLong(c, value);
            case "TABLESPACE" -> {
                if (c.accept("STORAGE")) {
                    c.next();
                }
            }
            default -> others.put(name, value.value());
        }
    }

    private static Long parseLong(TokenCursor c, Token value) {
        try {
            return Long.parseLong(value.text());
        } catch (NumberFormatException e) {
            throw c.error("AUTO_INCREMENT needs a number");
        }
    }

    private static String name(TokenCursor c) {
        Token t = c.next();
        if (!t.isIdentifier() && t.type() != Token.Type.STRING) {
            throw c.error("expected a character set or collation name");
        }
        return t.value().toLowerCase(Locale.ROOT);
    }
}
