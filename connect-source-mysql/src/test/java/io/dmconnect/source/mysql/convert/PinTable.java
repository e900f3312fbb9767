package io.dmconnect.source.mysql.convert;

import static io.dmconnect.common.record.Columns.col;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.ColumnDef;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.TableSchema;
import java.util.List;

/** The tracked schema of {@code tm.pin}, the table of {@link CapturedBinlog}, as SHOW CREATE TABLE printed it. */
final class PinTable {
    private PinTable() {
    }

    static final TableSchema SCHEMA = new TableSchema(new TableId("tm", "pin"), List.of(
            col("id", "int(11)", false, false, null),
            col("ti", "tinyint(4)"), col("tiu", "tinyint(3) unsigned"),
            col("si", "smallint(6)"), col("siu", "smallint(5) unsigned"),
            col("mi", "mediumint(9)"), col("miu", "mediumint(8) unsigned"),
            col("i", "int(11)"), col("iu", "int(10) unsigned"),
            col("bi", "bigint(20)"), col("biu", "bigint(20) unsigned"),
            col("dc", "decimal(65,30)"), col("d52", "decimal(5,2)"),
            col("f", "float"), col("db", "double"),
            col("b1", "bit(1)"), col("b64", "bit(64)"), col("b10", "bit(10)"),
            col("d", "date"), col("dt", "datetime(6)"), col("dt0", "datetime"), col("ts", "timestamp(6)"),
            col("tm", "time(6)"), col("tm0", "time"), col("y", "year(4)"),
            col("cl", "varchar(10)", true, false, "latin1"), col("cg", "varchar(10)", true, false, "gbk"),
            col("c3", "char(4)", true, false, "utf8mb3"), col("t4", "text", true, false, "utf8mb4"),
            col("bn", "binary(4)"), col("vb", "varbinary(8)"), col("bl", "blob"),
            col("e", "enum('a','b','c')"), col("s", "set('x','y','z')"),
            col("j", "json"), col("g", "geometry"), col("p", "point"),
            col("gv", "int(11)", true, true, null), col("gs", "int(11)", true, true, null)),
            List.of(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of("id"))),
            "utf8mb4", "utf8mb4_general_ci", "InnoDB", null);

    static List<ColumnDef> columns() {
        return SCHEMA.columns();
    }
}
