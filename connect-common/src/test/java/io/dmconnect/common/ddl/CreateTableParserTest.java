package io.dmconnect.common.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.TableId;
import io.dmconnect.common.schema.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bootstrapping a table from SHOW CREATE TABLE, as MariaDB 10.11 and MySQL 8.0 print it. */
class CreateTableParserTest {
    private static final TableId ID = new TableId("shop", "orders");

    private static final String MARIADB = """
            CREATE TABLE `orders` (
              `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
              `code` varchar(16) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
              `note` text DEFAULT NULL COMMENT 'free text',
              `doc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`doc`)),
              `amount` decimal(12,2) NOT NULL DEFAULT 0.00,
              `state` enum('new','paid') NOT NULL DEFAULT 'new',
              `created` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
              `total` decimal(13,2) GENERATED ALWAYS AS (`amount` + 1) VIRTUAL,
              `hidden` int(11) DEFAULT NULL INVISIBLE,
              PRIMARY KEY (`id`),
              UNIQUE KEY `uk_code` (`code`),
              KEY `idx_note` (`note`(20)),
              KEY `fk_x` (`amount`),
              CONSTRAINT `fk_x` FOREIGN KEY (`amount`) REFERENCES `other` (`id`) ON DELETE CASCADE,
              CONSTRAINT `CONSTRAINT_1` CHECK (`amount` >= 0)
            ) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='orders'
             PARTITION BY HASH (`id`)
            PARTITIONS 4""";

    private static final String MYSQL = """
            CREATE TABLE `orders` (
              `id` bigint unsigned NOT NULL AUTO_INCREMENT,
              `code` varchar(16) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
              `note` text COMMENT 'free text',
              `doc` json DEFAULT NULL,
              `amount` decimal(12,2) NOT NULL DEFAULT '0.00',
              `state` enum('new','paid') NOT NULL DEFAULT 'new',
              `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              `total` decimal(13,2) GENERATED ALWAYS AS ((`amount` + 1)) VIRTUAL,
              `hidden` int DEFAULT NULL /*!80023 INVISIBLE */,
              PRIMARY KEY (`id`),
              UNIQUE KEY `uk_code` (`code`),
              KEY `idx_note` (`note`(20)),
              KEY `fk_x` (`amount`),
              KEY `idx_fn` ((lower(`code`))) /*!80000 INVISIBLE */,
              CONSTRAINT `fk_x` FOREIGN KEY (`amount`) REFERENCES `other` (`id`) ON DELETE CASCADE,
              CONSTRAINT `chk` CHECK ((`amount` >= 0))
            ) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='orders'
            /*!50100 PARTITION BY HASH (`id`)
            PARTITIONS 4 */""";

    @Test
    void readsMariaDbOutput() {
        TableSchema t = new CreateTableParser(ServerFlavor.MARIADB_10_11).parse(MARIADB, ID);
        assertThat(t.id()).isEqualTo(ID);
        assertThat(Describe.table(t)).isEqualTo("id bigint(20) unsigned NOT NULL AUTO_INCREMENT,"
                + " code varchar(16) latin1_swedish_ci NOT NULL, note text utf8mb4_general_ci DEFAULT NULL,"
                + " doc longtext utf8mb4_bin DEFAULT NULL, amount decimal(12,2) NOT NULL DEFAULT '0.00',"
                + " state enum('new','paid') utf8mb4_general_ci NOT NULL DEFAULT 'new',"
                + " created timestamp NOT NULL DEFAULT 'current_timestamp()', total decimal(13,2) GENERATED,"
                + " hidden int(11) DEFAULT NULL"
                + " / PRIMARY PRIMARY(id), UNIQUE uk_code(code), INDEX idx_note(note), INDEX fk_x(amount)");
        assertThat(new String[] {t.charset(), t.collation(), t.engine(), t.comment()})
                .containsExactly("utf8mb4", "utf8mb4_general_ci", "InnoDB", "orders");
    }

    @Test
    void readsMysqlOutput() {
        TableSchema t = new CreateTableParser(ServerFlavor.MYSQL_8_0).parse(MYSQL, ID);
        assertThat(Describe.table(t)).isEqualTo("id bigint unsigned NOT NULL AUTO_INCREMENT,"
                + " code varchar(16) latin1_swedish_ci NOT NULL, note text utf8mb4_0900_ai_ci DEFAULT NULL,"
                + " doc json utf8mb4_bin DEFAULT NULL, amount decimal(12,2) NOT NULL DEFAULT '0.00',"
                + " state enum('new','paid') utf8mb4_0900_ai_ci NOT NULL DEFAULT 'new',"
                + " created timestamp NOT NULL DEFAULT 'current_timestamp()', total decimal(13,2) GENERATED,"
                + " hidden int DEFAULT NULL"
                + " / PRIMARY PRIMARY(id), UNIQUE uk_code(code), INDEX idx_note(note), INDEX fk_x(amount),"
                + " INDEX idx_fn(lower(code))");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what the server prints equals what the applier builds from the DDL that made the table
            "CREATE TABLE t (a INT, b VARCHAR(3) CHARSET latin1, c TEXT, PRIMARY KEY (a)) CHARSET utf8mb4"
                    + " | CREATE TABLE `t` (`a` int(11) NOT NULL, `b` varchar(3) CHARACTER SET latin1 COLLATE latin1_swedish_ci"
                    + " DEFAULT NULL, `c` text DEFAULT NULL, PRIMARY KEY (`a`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
                    + " COLLATE=utf8mb4_general_ci",
            "CREATE TABLE t (a INT AUTO_INCREMENT UNIQUE, b DATETIME(3) DEFAULT NOW(3))"
                    + " | CREATE TABLE `t` (`a` int(11) NOT NULL AUTO_INCREMENT, `b` datetime(3) DEFAULT current_timestamp(3),"
                    + " UNIQUE KEY `a` (`a`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
            "CREATE TABLE t (id SERIAL, j JSON) | CREATE TABLE `t` (`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,"
                    + " `j` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`j`)),"
                    + " UNIQUE KEY `id` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci",
    })
    void bootstrapsTheSameSchemaTheDdlBuilds(String ddl, String showCreate) {
        SingleDdl create = ((ParsedStatement.Ddl) new DdlParser(ServerFlavor.MARIADB_10_11).parse(ddl, "shop"))
                .pieces().get(0);
        SchemaCatalog catalog = new SchemaApplier(ServerFlavor.MARIADB_10_11).apply(SchemaCatalog.EMPTY, create);
        TableSchema built = catalog.table(new TableId("shop", "t")).orElseThrow();
        assertThat(new CreateTableParser(ServerFlavor.MARIADB_10_11).parse(showCreate, new TableId("shop", "t")))
                .isEqualTo(built);
    }

    @Test
    void readsASequence() {
        String sequence = "CREATE SEQUENCE `s` start with 1 minvalue 1 maxvalue 9223372036854775806 increment by 1"
                + " cache 1000 nocycle ENGINE=InnoDB";
        TableSchema s = new CreateTableParser(ServerFlavor.MARIADB_10_11).parse(sequence, new TableId("db", "s"));
        assertThat(s.columns()).hasSize(8);
        assertThat(s.columns().get(0).name()).isEqualTo("next_not_cached_value");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE `t` (`a` int(11) WIBBLE)  | cannot parse SHOW CREATE TABLE output of shop.t",
            "CREATE VIEW v AS SELECT 1              | is not one CREATE TABLE",
            "DROP TABLE t                           | is not one CREATE TABLE",
    })
    void refusesAnythingElse(String text, String message) {
        assertThatThrownBy(() -> new CreateTableParser(ServerFlavor.MARIADB_10_11).parse(text, new TableId("shop", "t")))
                .isInstanceOf(DdlSyntaxException.class).hasMessageContaining(message);
    }
}
