package io.dmconnect.common.rules.event;

import io.dmconnect.common.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column type resolved the way TiDB resolves it before DM compares two of them: unspecified lengths take the
 * type's defaults (DECIMAL is DECIMAL(10,0), CHAR is CHAR(1), TEXT is 65535 bytes, DATETIME(3) is 23 wide with 3
 * decimals), FLOAT(p) above 24 is a DOUBLE, TEXT(n) takes the TEXT size that holds n characters.
 *
 * @param kind     TiDB's type code
 * @param name     the type as written, for comparing two types this model does not know
 * @param flen     length / precision / display width, -1 when the type has none
 * @param decimal  scale or fractional-seconds digits, -1 when unspecified (FLOAT, DOUBLE)
 * @param unsigned UNSIGNED numeric type
 * @param binary   a byte string: BINARY, VARBINARY, BLOB, or a character type with charset binary
 * @param elements ENUM/SET elements in order
 */
record ColumnType(TypeKind kind, String name, long flen, int decimal, boolean unsigned, boolean binary,
                  List<String> elements) {
    ColumnType {
        elements = List.copyOf(elements);
    }

    /** The type a MODIFY/CHANGE COLUMN gives. */
    static ColumnType of(ColumnSpec spec) {
        return resolve(spec.typeName(), spec.typeArgs(), spec.unsigned(), spec.charset());
    }

    /** The type the schema tracker holds, read from its COLUMN_TYPE (falling back to the structured fields). */
    static ColumnType of(ColumnDef def) {
        String charset = def.charset() == null ? null : def.charset().toLowerCase(Locale.ROOT);
        ColumnType type;
        try {
            ColumnSpec parsed = ColumnSpecReader.readType(SqlTokenizer.tokenize(def.columnType()));
            type = resolve(parsed.typeName(), parsed.typeArgs(), parsed.unsigned() || def.unsigned(), charset);
        } catch (IllegalArgumentException e) {
            type = resolve(def.dataType().toLowerCase(Locale.ROOT), argumentsOf(def), def.unsigned(), charset);
        }
        if (!def.elements().isEmpty()) {
            type = new ColumnType(type.kind, type.name, type.flen, type.decimal, type.unsigned, type.binary,
                    def.elements());
        }
        return type;
    }

    static ColumnType resolve(String name, List<String> args, boolean unsigned, String charset) {
        TypeKind kind = TypeKind.of(name);
        boolean binary = TypeKind.isBinaryName(name) || kind.isStringFamily() && "binary".equals(charset);
        boolean isUnsigned = unsigned || name.equals("serial");
        int first = args.isEmpty() ? -1 : number(args.get(0));
        int second = args.size() < 2 ? -1 : number(args.get(1));
        return switch (kind) {
            case ENUM, SET -> new ColumnType(kind, name, -1, 0, false, binary, args);
            case DECIMAL -> new ColumnType(kind, name, first < 0 ? kind.defaultFlen : first, Math.max(second, 0),
                    isUnsigned, false, List.of());
            case FLOAT, DOUBLE -> floating(kind, name, first, second, isUnsigned);
            case TIME, DATETIME, TIMESTAMP -> {
                int fsp = Math.max(first, 0);
                yield new ColumnType(kind, name, kind.defaultFlen + (fsp > 0 ? fsp + 1 : 0), fsp, false, false,
                        List.of());
            }
            case TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB -> blob(kind, name, first, binary, charset);
            case BIT, CHAR, VARCHAR -> new ColumnType(kind, name, first < 0 ? kind.defaultFlen : first, 0, false,
                    binary, List.of());
            default -> new ColumnType(kind, name, kind.defaultFlen, 0, isUnsigned, false, List.of());
        };
    }

    private static ColumnType floating(TypeKind kind, String name, int first, int second, boolean unsigned) {
        if (second >= 0) {
            return new ColumnType(kind, name, first, second, unsigned, false, List.of());
        }
        // FLOAT(p) gives the storage precision in bits: above 24 MySQL makes it a DOUBLE
        TypeKind actual = kind == TypeKind.FLOAT && first > 24 ? TypeKind.DOUBLE : kind;
        return new ColumnType(actual, name, actual.defaultFlen, -1, unsigned, false, List.of());
    }

    private static ColumnType blob(TypeKind kind, String name, int length, boolean binary, String charset) {
        TypeKind actual = length < 0 ? kind : TypeKind.blobFor((long) length * (binary ? 1 : maxBytes(charset)));
        return new ColumnType(actual, name, actual.defaultFlen, 0, false, binary, List.of());
    }

    private static int maxBytes(String charset) {
        if (charset == null) {
            return 4;
        }
        return switch (charset) {
            case "latin1", "ascii", "binary" -> 1;
            case "ucs2", "gbk", "big5" -> 2;
            case "utf8", "utf8mb3" -> 3;
            default -> 4;
        };
    }

    private static List<String> argumentsOf(ColumnDef def) {
        List<String> args = new ArrayList<>(def.elements());
        if (def.length() != null) {
            args.add(def.length().toString());
        } else if (def.precision() != null) {
            args.add(def.precision().toString());
            if (def.scale() != null) {
                args.add(def.scale().toString());
            }
        }
        return args;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
