package io.dmconnect.common.rules.event;

import io.dmconnect.common.rules.event.ColumnSpec.DefaultValue;
import io.dmconnect.common.rules.event.ColumnSpec.Position;
import io.dmconnect.common.rules.event.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a column definition ({@code name type[(args)] attributes...}) from tokens. Attributes that do not matter
 * to DM's analysis (NULL, COMMENT, ON UPDATE, generated expressions, ...) are skipped; unknown words too, so that a
 * dialect extension does not hide the attributes that do matter.
 */
final class ColumnSpecReader {
    private static final Set<String> TYPE_SECOND_WORDS = Set.of("precision", "varying", "varchar", "varbinary",
            "varcharacter");

    private final TokenCursor in;

    private String charset;
    private String collation;
    private boolean unsigned;
    private boolean binaryAttribute;
    private DefaultValue defaultValue;
    private boolean autoIncrement;
    private boolean constraint;
    private Position position = Position.NONE;

    private ColumnSpecReader(List<SqlToken> tokens) {
        this.in = new TokenCursor(tokens);
    }

    /**
     * Reads {@code name type attributes}.
     *
     * @throws IllegalArgumentException when there is no name or no type
     */
    static ColumnSpec read(List<SqlToken> tokens) {
        ColumnSpecReader reader = new ColumnSpecReader(tokens);
        SqlToken name = reader.in.next();
        if (name == null || !name.isIdentifier()) {
            throw new IllegalArgumentException("column definition without a name");
        }
        return reader.readTypeAndAttributes(name.value());
    }

    /** Reads {@code type attributes} without a name, e.g. {@code information_schema.COLUMNS.COLUMN_TYPE}. */
    static ColumnSpec readType(List<SqlToken> tokens) {
        return new ColumnSpecReader(tokens).readTypeAndAttributes("");
    }

    private ColumnSpec readTypeAndAttributes(String name) {
        String typeName = readTypeName();
        List<String> args = in.peekSymbol('(') ? readArguments() : List.of();
        while (!in.atEnd()) {
            readAttribute();
        }
        return new ColumnSpec(name, typeName, args, unsigned, charset, collation, binaryAttribute, defaultValue,
                autoIncrement, constraint, position);
    }

    private String readTypeName() {
        SqlToken first = in.next();
        if (first == null || first.kind() != Kind.WORD) {
            throw new IllegalArgumentException("column definition without a type");
        }
        StringBuilder name = new StringBuilder(lower(first.text()));
        if (name.toString().equals("national")) {
            name.append(' ').append(lower(in.required().text()));
        }
        while (in.peek() != null && in.peek().kind() == Kind.WORD && TYPE_SECOND_WORDS.contains(lower(in.peek().text()))
                && continuesTypeName(name.toString(), lower(in.peek().text()))) {
            name.append(' ').append(lower(in.next().text()));
        }
        return name.toString();
    }

    /** {@code double precision}, {@code char varying}, {@code long varchar}, {@code national char varying}, ... */
    private static boolean continuesTypeName(String sofar, String word) {
        return switch (word) {
            case "precision" -> sofar.equals("double");
            case "varying" -> sofar.endsWith("char") || sofar.endsWith("character");
            case "varchar", "varbinary", "varcharacter" -> sofar.equals("long") || sofar.equals("nchar");
            default -> false;
        };
    }

    private List<String> readArguments() {
        in.next(); // (
        List<String> args = new ArrayList<>();
        while (!in.atEnd() && !in.peekSymbol(')')) {
            SqlToken token = in.next();
            if (!token.isSymbol(',')) {
                args.add(token.value());
            }
        }
        in.next(); // )
        return args;
    }

    private void readAttribute() {
        SqlToken token = in.next();
        String word = token.kind() == Kind.WORD ? lower(token.text()) : "";
        if (!readTypeAttribute(word) && !readColumnAttribute(word)) {
            if (token.isSymbol('(')) {
                skipToClose();
            } else {
                in.skipGroup(); // AS (expr), CHECK (expr), REFERENCES t (c), unknown f(...)
            }
        }
    }

    /** Attributes of the type: sign, character set, collation. */
    private boolean readTypeAttribute(String word) {
        switch (word) {
            case "unsigned", "zerofill" -> unsigned = true;
            case "signed" -> unsigned = false;
            case "character", "char" -> {
                if (in.accept("set")) {
                    charset = lower(in.required().value());
                }
            }
            case "charset" -> charset = lower(in.required().value());
            case "ascii" -> charset = "latin1";
            case "unicode" -> charset = "ucs2";
            case "byte" -> charset = "binary";
            case "binary" -> binaryAttribute = true;
            case "collate" -> collation = lower(in.required().value());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Attributes of the column: default, auto increment, keys, position, and the ones to skip with a value. */
    private boolean readColumnAttribute(String word) {
        switch (word) {
            case "default" -> defaultValue = readDefault();
            case "auto_increment" -> autoIncrement = true;
            case "serial" -> readSerialDefaultValue();
            case "primary", "unique", "key", "references", "check" -> constraint = true;
            case "first" -> position = Position.FIRST;
            case "after" -> {
                position = Position.AFTER;
                in.next();
            }
            case "comment", "column_format", "storage", "srid" -> in.next();
            case "on" -> skipOnUpdate();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** SERIAL DEFAULT VALUE = NOT NULL AUTO_INCREMENT UNIQUE. */
    private void readSerialDefaultValue() {
        if (in.acceptAll("default", "value")) {
            autoIncrement = true;
            constraint = true;
        }
    }

    private void skipOnUpdate() {
        if (in.accept("update")) {
            in.next();
            in.skipGroup();
        }
    }

    /** Skips to the parenthesis that closes one already read. */
    private void skipToClose() {
        int depth = 1;
        while (depth > 0 && !in.atEnd()) {
            SqlToken t = in.next();
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
        }
    }

    private DefaultValue readDefault() {
        SqlToken token = in.required();
        if (token.kind() == Kind.WORD && token.text().startsWith("_") && in.peek() != null
                && in.peek().kind() == Kind.STRING) {
            token = in.next(); // a charset introducer: _utf8mb4'x'
        }
        if (token.kind() == Kind.STRING) {
            StringBuilder text = new StringBuilder(token.value());
            while (in.peek() != null && in.peek().kind() == Kind.STRING) {
                text.append(in.next().value()); // 'a' 'b' is 'ab'
            }
            return new DefaultValue(DefaultValue.Kind.STRING, text.toString());
        }
        boolean signed = token.isSymbol('-') || token.isSymbol('+');
        if (signed && in.peek() != null && in.peek().kind() == Kind.NUMBER) {
            return new DefaultValue(DefaultValue.Kind.NUMBER, (token.isSymbol('-') ? "-" : "") + in.next().text());
        }
        if (token.kind() == Kind.NUMBER) {
            return new DefaultValue(DefaultValue.Kind.NUMBER, token.text());
        }
        if (token.is("null")) {
            return new DefaultValue(DefaultValue.Kind.NULL, null);
        }
        if (token.is("true") || token.is("false")) {
            return new DefaultValue(DefaultValue.Kind.NUMBER, token.is("true") ? "1" : "0");
        }
        return new DefaultValue(DefaultValue.Kind.EXPRESSION, expressionFrom(token));
    }

    /** The text of a function call or parenthesised expression, lower case, without blanks. */
    private String expressionFrom(SqlToken first) {
        StringBuilder text = new StringBuilder(first.text());
        List<SqlToken> rest = in.rest();
        int before = rest.size();
        if (first.isSymbol('(')) {
            skipToClose();
        } else {
            in.skipGroup();
        }
        int read = before - in.rest().size();
        for (int i = 0; i < read; i++) {
            text.append(rest.get(i).text());
        }
        return lower(text.toString());
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
