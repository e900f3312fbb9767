package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.IndexDef;
import io.dmconnect.common.schema.IndexDef.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ALTER TABLE specifications in structured form. */
class AlterSpecTest {
    private final DdlParser parser = new DdlParser(ServerFlavor.MARIADB_10_11);

    private AlterSpec spec(String alterBody) {
        ParsedStatement parsed = parser.parse("ALTER TABLE t " + alterBody, "db");
        assertThat(parsed).as(alterBody).isInstanceOf(ParsedStatement.Ddl.class);
        List<SingleDdl> pieces = ((ParsedStatement.Ddl) parsed).pieces();
        assertThat(pieces).hasSize(1);
        assertThat(pieces.get(0).kind()).isEqualTo(DdlKind.ALTER_TABLE);
        return pieces.get(0).spec();
    }

    static Stream<Arguments> structuredSpecs() {
        TableId p = new TableId("db", "p");
        return Stream.of(
                arguments("DROP COLUMN c", new AlterSpec.DropColumn("c", false)),
                arguments("DROP c CASCADE", new AlterSpec.DropColumn("c", false)),
                arguments("DROP COLUMN IF EXISTS `c`", new AlterSpec.DropColumn("c", true)),
                arguments("RENAME COLUMN a TO b", new AlterSpec.RenameColumn("a", "b")),
                arguments("ALTER COLUMN a SET DEFAULT 'x'", new AlterSpec.AlterColumnDefault("a", "'x'", false)),
                arguments("ALTER a SET DEFAULT -1", new AlterSpec.AlterColumnDefault("a", "-1", false)),
                arguments("ALTER COLUMN a SET DEFAULT (now())", new AlterSpec.AlterColumnDefault("a", "(now())", false)),
                arguments("ALTER COLUMN a DROP DEFAULT", new AlterSpec.AlterColumnDefault("a", null, true)),
                arguments("ADD INDEX i (a, b(10) DESC)",
                        new AlterSpec.AddIndex(new IndexDef("i", Kind.INDEX, List.of("a", "b")), false)),
                arguments("ADD KEY IF NOT EXISTS (a) USING BTREE COMMENT 'x'",
                        new AlterSpec.AddIndex(new IndexDef("", Kind.INDEX, List.of("a")), true)),
                arguments("ADD UNIQUE (a)", new AlterSpec.AddIndex(new IndexDef("", Kind.UNIQUE, List.of("a")), false)),
                arguments("ADD CONSTRAINT uc UNIQUE KEY (a)",
                        new AlterSpec.AddIndex(new IndexDef("uc", Kind.UNIQUE, List.of("a")), false)),
                arguments("ADD CONSTRAINT uc UNIQUE KEY uk (a)",
                        new AlterSpec.AddIndex(new IndexDef("uk", Kind.UNIQUE, List.of("a")), false)),
                arguments("ADD CONSTRAINT pk PRIMARY KEY (a, b)",
                        new AlterSpec.AddIndex(new IndexDef("PRIMARY", Kind.PRIMARY, List.of("a", "b")), false)),
                arguments("ADD FULLTEXT ft (body) WITH PARSER ngram",
                        new AlterSpec.AddIndex(new IndexDef("ft", Kind.FULLTEXT, List.of("body")), false)),
                arguments("ADD SPATIAL INDEX (g)", new AlterSpec.AddIndex(new IndexDef("", Kind.SPATIAL, List.of("g")), false)),
                arguments("ADD INDEX fi ((a + b), c)",
                        new AlterSpec.AddIndex(new IndexDef("fi", Kind.INDEX, List.of("a + b", "c")), false)),
                arguments("DROP INDEX i", new AlterSpec.DropIndex("i", false)),
                arguments("DROP KEY IF EXISTS i", new AlterSpec.DropIndex("i", true)),
                arguments("DROP PRIMARY KEY", new AlterSpec.DropPrimaryKey()),
                arguments("RENAME INDEX a TO b", new AlterSpec.RenameIndex("a", "b")),
                arguments("RENAME KEY a TO b", new AlterSpec.RenameIndex("a", "b")),
                arguments("ALTER INDEX i INVISIBLE", new AlterSpec.AlterIndexVisibility("i", false)),
                arguments("ALTER INDEX i NOT IGNORED", new AlterSpec.AlterIndexVisibility("i", true)),
                arguments("RENAME TO x.t2", new AlterSpec.RenameTable(new TableId("x", "t2"))),
                arguments("RENAME t2", new AlterSpec.RenameTable(new TableId("db", "t2"))),
                arguments("ENGINE=innodb AUTO_INCREMENT 100 COMMENT 'c' ROW_FORMAT=DYNAMIC",
                        new AlterSpec.TableOptions(null, null, "InnoDB", "c", 100L, Map.of("ROW_FORMAT", "DYNAMIC"))),
                arguments("DEFAULT CHARACTER SET = utf8 COLLATE utf8_bin",
                        new AlterSpec.TableOptions("utf8mb3", "utf8mb3_bin", null, null, null, Map.of())),
                arguments("CHARSET latin1", new AlterSpec.TableOptions("latin1", null, null, null, null, Map.of())),
                arguments("COMMENT=''", new AlterSpec.TableOptions(null, null, null, "", null, Map.of())),
                arguments("CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                        new AlterSpec.ConvertCharset("utf8mb4", "utf8mb4_bin")),
                arguments("CONVERT TO CHARSET latin1", new AlterSpec.ConvertCharset("latin1", null)),
                arguments("ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id) ON DELETE SET NULL ON UPDATE NO ACTION",
                        new AlterSpec.AddForeignKey(new ForeignKey("fk", null, List.of("a"), p, List.of("id")), false)),
                arguments("ADD FOREIGN KEY IF NOT EXISTS fki (a, b) REFERENCES o.q (x, y) MATCH FULL",
                        new AlterSpec.AddForeignKey(new ForeignKey(null, "fki", List.of("a", "b"), new TableId("o", "q"),
                                List.of("x", "y")), true)),
                arguments("DROP FOREIGN KEY fk", new AlterSpec.DropForeignKey("fk", false)),
                arguments("DROP FOREIGN KEY IF EXISTS fk", new AlterSpec.DropForeignKey("fk", true)),
                arguments("ADD CONSTRAINT chk CHECK (`a` > 0)", new AlterSpec.AddCheck("chk", "a > 0")),
                arguments("ADD CHECK (a > 0) NOT ENFORCED", new AlterSpec.AddCheck(null, "a > 0")),
                arguments("DROP CHECK chk", new AlterSpec.DropConstraint("chk", true, false)),
                arguments("DROP CONSTRAINT IF EXISTS c1", new AlterSpec.DropConstraint("c1", false, true)),
                arguments("ADD SYSTEM VERSIONING", new AlterSpec.SystemVersioning(true)),
                arguments("DROP SYSTEM VERSIONING", new AlterSpec.SystemVersioning(false)),
                arguments("WITH SYSTEM VERSIONING", new AlterSpec.SystemVersioning(true)),
                arguments("ALGORITHM = INSTANT", new AlterSpec.Other("ALGORITHM = INSTANT")),
                arguments("LOCK=SHARED", new AlterSpec.Other("LOCK=SHARED")),
                arguments("FORCE", new AlterSpec.Other("FORCE")),
                arguments("DISABLE KEYS", new AlterSpec.Other("DISABLE KEYS")),
                arguments("ORDER BY a, b", new AlterSpec.Other("ORDER BY a, b")),
                arguments("ALTER CHECK chk NOT ENFORCED", new AlterSpec.Other("ALTER CHECK chk NOT ENFORCED")),
                arguments("ALTER COLUMN a SET INVISIBLE", new AlterSpec.Other("ALTER COLUMN a SET INVISIBLE")),
                arguments("DISCARD TABLESPACE", new AlterSpec.Other("DISCARD TABLESPACE")),
                arguments("ADD PARTITION (PARTITION p3 VALUES LESS THAN (2000))",
                        new AlterSpec.Partition(AlterSpec.PartitionOp.ADD, List.of(),
                                "ADD PARTITION (PARTITION p3 VALUES LESS THAN (2000))")),
                arguments("TRUNCATE PARTITION ALL", new AlterSpec.Partition(AlterSpec.PartitionOp.TRUNCATE, List.of(),
                        "TRUNCATE PARTITION ALL")),
                arguments("REORGANIZE PARTITION p0, p1 INTO (PARTITION p2 VALUES LESS THAN MAXVALUE)",
                        new AlterSpec.Partition(AlterSpec.PartitionOp.REORGANIZE, List.of(),
                                "REORGANIZE PARTITION p0, p1 INTO (PARTITION p2 VALUES LESS THAN MAXVALUE)")),
                arguments("EXCHANGE PARTITION p0 WITH TABLE o.x WITHOUT VALIDATION",
                        new AlterSpec.Partition(AlterSpec.PartitionOp.EXCHANGE, List.of(new TableId("o", "x")),
                                "EXCHANGE PARTITION p0 WITH TABLE o.x WITHOUT VALIDATION")),
                arguments("CONVERT PARTITION p0 TO TABLE x",
                        new AlterSpec.Partition(AlterSpec.PartitionOp.CONVERT_TO_TABLE, List.of(new TableId("db", "x")),
                                "CONVERT PARTITION p0 TO TABLE x")),
                arguments("REMOVE PARTITIONING", new AlterSpec.Partition(AlterSpec.PartitionOp.REMOVE_PARTITIONING,
                        List.of(), "REMOVE PARTITIONING")),
                arguments("COALESCE PARTITION 2", new AlterSpec.Partition(AlterSpec.PartitionOp.COALESCE, List.of(),
                        "COALESCE PARTITION 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuredSpecs")
    void readsSpecifications(String body, AlterSpec expected) {
        assertThat(spec(body)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ADD COLUMN c INT                        | c int(11)   | ''        | false | ''",
            "ADD c INT FIRST                         | c int(11)   | FIRST     | false | ''",
            "ADD COLUMN `c` INT NOT NULL AFTER `b`   | c int(11)   | AFTER b   | false | ''",
            "ADD COLUMN IF NOT EXISTS c INT          | c int(11)   | ''        | true  | ''",
            "ADD c INT PRIMARY KEY                   | c int(11)   | ''        | false | PRIMARY PRIMARY(c)",
            "ADD c INT UNIQUE KEY                    | c int(11)   | ''        | false | UNIQUE (c)",
            "ADD c SERIAL                            | c bigint(20) unsigned | '' | false | UNIQUE (c)",
    })
    void readsAddColumn(String body, String column, String position, boolean ifNotExists, String inline) {
        AlterSpec.AddColumn add = (AlterSpec.AddColumn) spec(body);
        assertThat(add.column().name() + " " + add.column().columnType()).isEqualTo(column);
        assertThat(add.position().toString()).isEqualTo(position);
        assertThat(add.ifNotExists()).isEqualTo(ifNotExists);
        assertThat(String.join(", ", add.inlineIndexes().stream().map(Describe::index).toList())).isEqualTo(inline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MODIFY c BIGINT                          | c | c  | ''      | false",
            "MODIFY COLUMN IF EXISTS c BIGINT AFTER a | c | c  | AFTER a | true",
            "CHANGE c d BIGINT FIRST                  | c | d  | FIRST   | false",
            "CHANGE COLUMN IF EXISTS c d BIGINT       | c | d  | ''      | true",
    })
    void readsModifyAndChange(String body, String oldName, String newName, String position, boolean ifExists) {
        AlterSpec spec = spec(body);
        if (spec instanceof AlterSpec.ModifyColumn m) {
            assertThat(List.of(m.column().name(), m.column().name(), m.position().toString(), m.ifExists()))
                    .containsExactly(oldName, newName, position, ifExists);
        } else {
            AlterSpec.ChangeColumn c = (AlterSpec.ChangeColumn) spec;
            assertThat(List.of(c.oldName(), c.column().name(), c.position().toString(), c.ifExists()))
                    .containsExactly(oldName, newName, position, ifExists);
        }
        assertThat(spec.toString()).contains("bigint(20)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE UNIQUE INDEX u ON t (a, b)         | CREATE_INDEX | UNIQUE u(a,b)",
            "CREATE FULLTEXT INDEX f ON t (body)       | CREATE_INDEX | FULLTEXT f(body)",
            "CREATE INDEX i USING HASH ON t (a)        | CREATE_INDEX | INDEX i(a)",
            "CREATE ONLINE INDEX i ON t (a) LOCK=NONE  | CREATE_INDEX | INDEX i(a)",
    })
    void readsCreateIndexAsAnAddIndexSpec(String sql, DdlKind kind, String index) {
        SingleDdl piece = ((ParsedStatement.Ddl) parser.parse(sql, "db")).pieces().get(0);
        assertThat(piece.kind()).isEqualTo(kind);
        assertThat(Describe.index(((AlterSpec.AddIndex) piece.spec()).index())).isEqualTo(index);
    }
}
