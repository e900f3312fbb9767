package io.dmconnect.common.rules.event;

/**
 * DM's comparison of a column's old and new type ({@code dm/syncer/ddl.go needChangeColumnData}, itself TiDB's
 * test for a column change that must rewrite data). Returns the fine-grained event type, or
 * {@link EventType#ALTER_TABLE} when the change keeps every value.
 *
 * <ul>
 *   <li>Same type: DECIMAL with another precision, scale or sign → precision decrease (even when it widens); ENUM
 *       or SET whose existing elements change (appending is fine) → value range decrease; integer sign flip →
 *       precision decrease; BINARY(n) to another length → precision decrease; CHAR to another length → nothing;
 *       any other type with a shorter length, fewer decimals or a sign flip → value range decrease.</li>
 *   <li>CHAR ↔ VARCHAR (also BINARY ↔ VARBINARY) → modify column.</li>
 *   <li>Within CHAR/VARCHAR/TEXT/BLOB: shorter → modify column, else nothing.</li>
 *   <li>Between integer types: a smaller type or a sign flip → value range decrease, else nothing.</li>
 *   <li>Any other change of type → modify column.</li>
 * </ul>
 */
final class ColumnTypeComparator {
    private ColumnTypeComparator() {
    }

    static EventType compare(ColumnType from, ColumnType to) {
        boolean signFlip = from.unsigned() != to.unsigned();
        if (sameKind(from, to)) {
            return sameType(from, to, signFlip);
        }
        if (from.kind() == TypeKind.CHAR && to.kind() == TypeKind.VARCHAR
                || from.kind() == TypeKind.VARCHAR && to.kind() == TypeKind.CHAR) {
            return EventType.MODIFY_COLUMN;
        }
        if (from.kind().isStringFamily() && to.kind().isStringFamily()) {
            return truncates(from, to, signFlip) ? EventType.MODIFY_COLUMN : EventType.ALTER_TABLE;
        }
        if (from.kind().isInteger() && to.kind().isInteger()) {
            boolean narrower = to.kind().defaultFlen < from.kind().defaultFlen;
            return narrower || signFlip ? EventType.VALUE_RANGE_DECREASE : EventType.ALTER_TABLE;
        }
        return EventType.MODIFY_COLUMN;
    }

    private static boolean sameKind(ColumnType from, ColumnType to) {
        return from.kind() == to.kind() && (from.kind() != TypeKind.UNKNOWN || from.name().equals(to.name()));
    }

    private static EventType sameType(ColumnType from, ColumnType to, boolean signFlip) {
        TypeKind kind = from.kind();
        if (kind == TypeKind.DECIMAL) {
            boolean changed = from.flen() != to.flen() || from.decimal() != to.decimal() || signFlip;
            return changed ? EventType.PRECISION_DECREASE : EventType.ALTER_TABLE;
        }
        if (kind == TypeKind.ENUM || kind == TypeKind.SET) {
            return elementsChanged(from, to) ? EventType.VALUE_RANGE_DECREASE : EventType.ALTER_TABLE;
        }
        if (kind.isInteger()) {
            return signFlip ? EventType.PRECISION_DECREASE : EventType.ALTER_TABLE;
        }
        if (kind == TypeKind.CHAR) {
            // TiDB pads BINARY with \0, so any length change rewrites data; CHAR lengths are not checked at all
            return from.binary() && from.flen() != to.flen() ? EventType.PRECISION_DECREASE : EventType.ALTER_TABLE;
        }
        return truncates(from, to, signFlip) ? EventType.VALUE_RANGE_DECREASE : EventType.ALTER_TABLE;
    }

    /** TiDB's needTruncationOrToggleSign. */
    private static boolean truncates(ColumnType from, ColumnType to, boolean signFlip) {
        boolean shorter = to.flen() > 0 && (to.flen() < from.flen() || to.decimal() < from.decimal());
        return shorter || signFlip;
    }

    /** TiDB's IsElemsChangedToModifyColumn: fewer elements, or an existing one renamed or moved. */
    private static boolean elementsChanged(ColumnType from, ColumnType to) {
        if (to.elements().size() < from.elements().size()) {
            return true;
        }
        for (int i = 0; i < from.elements().size(); i++) {
            if (!from.elements().get(i).equals(to.elements().get(i))) {
                return true;
            }
        }
        return false;
    }
}
