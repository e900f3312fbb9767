package io.dmconnect.common.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a data type with its type attributes (length, UNSIGNED/ZEROFILL, CHARACTER SET, COLLATE, BINARY) and
 * resolves MySQL's aliases ({@code INTEGER}, {@code BOOL}, {@code NUMERIC}, {@code REAL}, {@code NATIONAL CHAR},
 * {@code LONG VARCHAR}, {@code SERIAL}, ...) to the base types the server reports.
 */
final class ColumnTypeParser {
    private static final Map<String, String> SIMPLE_ALIASES = Map.ofEntries(
            Map.entry("INT1", "tinyint"), Map.entry("TINYINT", "tinyint"),
            Map.entry("INT2", "smallint"), Map.entry("SMALLINT", "smallint"),
            Map.entry("INT3", "mediumint"), Map.entry("MIDDLEINT", "mediumint"), Map.entry("MEDIUMINT", "mediumint"),
            Map.entry("INT4", "int"), Map.entry("INT", "int"), Map.entry("INTEGER", "int"),
            Map.entry("INT8", "bigint"), Map.entry("BIGINT", "bigint"),
            Map.entry("DECIMAL", "decimal"), Map.entry("DEC", "decimal"), Map.entry("NUMERIC", "decimal"),
            Map.entry("FIXED", "decimal"), Map.entry("FLOAT4", "float"), Map.entry("FLOAT8", "double"),
            Map.entry("REAL", "double"), Map.entry("BIT", "bit"),
            Map.entry("DATE", "date"), Map.entry("TIME", "time"), Map.entry("DATETIME", "datetime"),
            Map.entry("TIMESTAMP", "timestamp"), Map.entry("YEAR", "year"),
            Map.entry("VARCHAR", "varchar"), Map.entry("VARCHARACTER", "varchar"),
            Map.entry("BINARY", "binary"), Map.entry("VARBINARY", "varbinary"),
            Map.entry("TINYTEXT", "tinytext"), Map.entry("TEXT", "text"), Map.entry("MEDIUMTEXT", "mediumtext"),
            Map.entry("LONGTEXT", "longtext"), Map.entry("TINYBLOB", "tinyblob"), Map.entry("BLOB", "blob"),
            Map.entry("MEDIUMBLOB", "mediumblob"), Map.entry("LONGBLOB", "longblob"),
            Map.entry("ENUM", "enum"), Map.entry("SET", "set"), Map.entry("JSON", "json"),
            Map.entry("GEOMETRY", "geometry"), Map.entry("POINT", "point"), Map.entry("LINESTRING", "linestring"),
            Map.entry("POLYGON", "polygon"), Map.entry("MULTIPOINT", "multipoint"),
            Map.entry("MULTILINESTRING", "multilinestring"), Map.entry("MULTIPOLYGON", "multipolygon"),
            Map.entry("GEOMETRYCOLLECTION", "geometrycollection"), Map.entry("GEOMCOLLECTION", "geomcollection"),
            Map.entry("INET4", "inet4"), Map.entry("INET6", "inet6"), Map.entry("UUID", "uuid"),
            Map.entry("VECTOR", "vector"));

    private final TokenCursor c;
    private final ServerFlavor flavor;
    private String dataType;
    private Integer length;
    private Integer precision;
    private Integer scale;
    private Integer width;
    private boolean unsigned;
    private boolean zerofill;
    private String charset;
    private String collation;
    private boolean binaryAttribute;
    private boolean serial;
    private final List<String> elements = new ArrayList<>();

    private ColumnTypeParser(TokenCursor c, ServerFlavor flavor) {
        this.c = c;
        this.flavor = flavor;
    }

    static ColumnType parse(TokenCursor c, ServerFlavor flavor) {
        ColumnTypeParser p = new ColumnTypeParser(c, flavor);
        p.baseType();
        p.attributes();
        return p.build();
    }

    private void baseType() {
        if (!c.peek().isIdentifier() || c.peek().type() == Token.Type.QUOTED_ID) {
            throw c.error("expected a data type");
        }
        String word = c.next().upper();
        switch (word) {
            case "BOOL", "BOOLEAN" -> {
                dataType = "tinyint";
                width = 1;
            }
            case "SERIAL" -> {
                dataType = "bigint";
                unsigned = true;
                serial = true;
            }
            case "DOUBLE" -> {
                c.accept("PRECISION");
                dataType = "double";
                precisionAndScale();
            }
            case "FLOAT" -> floatType();
            case "CHAR", "CHARACTER" -> charType(false);
            case "NCHAR" -> charType(true);
            case "NVARCHAR" -> national("varchar");
            case "NATIONAL" -> {
                String next = c.acceptAny("CHAR", "CHARACTER", "VARCHAR");
                if (next == null) {
                    throw c.error("expected CHAR or VARCHAR after NATIONAL");
                }
                charType(true);
                if (next.equals("VARCHAR")) {
                    dataType = "varchar";
                }
            }
            case "LONG" -> longType();
            default -> simpleType(word);
        }
    }

    private void simpleType(String word) {
        dataType = SIMPLE_ALIASES.get(word);
        if (dataType == null) {
            c.reset(c.index() - 1);
            throw c.error("unknown data type");
        }
        switch (ColumnType.family(dataType)) {
            case INTEGER -> width = optionalNumber();
            case DECIMAL -> {
                precisionAndScale();
                precision = precision == null ? 10 : precision;
                scale = scale == null ? 0 : scale;
            }
            case FLOAT -> precisionAndScale();
            case BIT -> length = orDefault(optionalNumber(), 1);
            case TEMPORAL -> temporal();
            default -> stringLike();
        }
    }

    private void temporal() {
        Integer n = optionalNumber();
        if (dataType.equals("year")) {
            return; // YEAR(2) and YEAR(4) are both YEAR(4) on current servers
        }
        precision = dataType.equals("date") ? null : orDefault(n, 0);
    }

    private void stringLike() {
        if (dataType.equals("enum") || dataType.equals("set")) {
            c.expectSymbol("(");
            do {
                elements.add(stringLiteral());
            } while (c.acceptSymbol(","));
            c.expectSymbol(")");
            return;
        }
        Integer n = optionalNumber();
        if (dataType.equals("binary")) {
            n = orDefault(n, 1);
        } else if ((dataType.equals("varchar") || dataType.equals("varbinary")) && n == null) {
            throw c.error(dataType.toUpperCase(Locale.ROOT) + " needs a length");
        }
        length = n;
    }

    private void floatType() {
        dataType = "float";
        precisionAndScale();
        if (precision != null && scale == null) {
            // FLOAT(p): a precision in bits picks FLOAT or DOUBLE and is not kept
            dataType = precision > 24 ? "double" : "float";
            precision = null;
        }
    }

    private void charType(boolean national) {
        if (c.accept("VARYING")) {
            dataType = "varchar";
        } else if (c.accept("VARCHAR")) {
            dataType = "varchar";
        } else if (!national && c.accept("BYTE")) {
            dataType = "binary";
        } else {
            dataType = "char";
        }
        Integer n = optionalNumber();
        if (dataType.equals("varchar") && n == null) {
            throw c.error("VARCHAR needs a length");
        }
        length = dataType.equals("varchar") ? n : orDefault(n, 1);
        if (national) {
            charset = "utf8mb3";
        }
    }

    private void national(String type) {
        charType(true);
        dataType = type;
    }

    private void longType() {
        if (c.accept("VARBINARY")) {
            dataType = "mediumblob";
        } else {
            if (!c.accept("VARCHAR")) {
                c.accept("CHAR", "VARYING");
            }
            dataType = "mediumtext";
        }
    }

    private void precisionAndScale() {
        if (!c.atSymbol("(")) {
            return;
        }
        c.expectSymbol("(");
        precision = number();
        if (c.acceptSymbol(",")) {
            scale = number();
        }
        c.expectSymbol(")");
    }

    private Integer optionalNumber() {
        if (!c.atSymbol("(")) {
            return null;
        }
        c.expectSymbol("(");
        int n = number();
        c.expectSymbol(")");
        return n;
    }

    private int number() {
        Token t = c.peek();
        if (t.type() != Token.Type.NUMBER || !t.text().chars().allMatch(Character::isDigit)) {
            throw c.error("expected a number");
        }
        c.next();
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw c.error("number out of range");
        }
    }

    private String stringLiteral() {
        if (c.peek().type() != Token.Type.STRING) {
            throw c.error("expected a quoted value");
        }
        StringBuilder value = new StringBuilder(c.next().value());
        while (c.peek().type() == Token.Type.STRING && c.peek().spaceBefore()) {
            value.append(c.next().value()); // 'a' 'b' is one string
        }
        return value.toString();
    }

    private void attributes() {
        while (true) {
            if (c.accept("UNSIGNED")) {
                unsigned = true;
            } else if (c.accept("SIGNED")) {
                unsigned = false;
            } else if (c.accept("ZEROFILL")) {
                zerofill = true;
                unsigned = true;
            } else if (c.at("CHARACTER", "SET") || c.at("CHAR", "SET")) {
                c.next();
                c.next();
                charset = charsetName();
            } else if (c.accept("CHARSET")) {
                charset = charsetName();
            } else if (c.accept("COLLATE")) {
                collation = charsetName();
            } else if (ColumnType.hasCharset(dataType) && c.accept("BINARY")) {
                binaryAttribute = true;
            } else if (ColumnType.hasCharset(dataType) && c.accept("ASCII")) {
                charset = "latin1";
            } else if (ColumnType.hasCharset(dataType) && c.accept("UNICODE")) {
                charset = "ucs2";
            } else if (ColumnType.hasCharset(dataType) && c.accept("BYTE")) {
                charset = "binary"; // CHAR(n) BYTE is BINARY(n)
            } else {
                return;
            }
        }
    }

    /** A charset or collation name: word, quoted name or string; {@code DEFAULT} is kept as the word. */
    String charsetName() {
        Token t = c.peek();
        if (!t.isIdentifier() && t.type() != Token.Type.STRING) {
            throw c.error("expected a character set or collation name");
        }
        c.next();
        return t.value().toLowerCase(Locale.ROOT);
    }

    private ColumnType build() {
        String cs = Charsets.canonicalCharset(charset);
        String coll = Charsets.canonicalCollation(collation);
        if (binaryAttribute && coll == null) {
            coll = cs == null ? "_bin" : cs + "_bin";
        }
        if (cs == null && coll != null && !coll.startsWith("_")) {
            cs = Charsets.charsetOfCollation(coll);
        }
        if (dataType.equals("json") && flavor.isMariaDb()) {
            // MariaDB's JSON is LONGTEXT with a binary utf8mb4 collation (and a json_valid check)
            return new ColumnType("longtext", null, null, null, null, false, false, "utf8mb4", "utf8mb4_bin",
                    List.of(), false);
        }
        if (dataType.equals("json")) {
            cs = "utf8mb4";
            coll = "utf8mb4_bin";
        }
        return new ColumnType(dataType, length, precision, scale, width, unsigned, zerofill, cs, coll, elements,
                serial);
    }

    private static Integer orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
