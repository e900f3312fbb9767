package io.dmconnect.common.rules.ba;

import static io.dmconnect.common.rules.ba.BaFixtures.id;
import static io.dmconnect.common.rules.ba.BaFixtures.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.TableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every precedence rule of DM's block-allow list, one row each (§2.2 of the semantics reference). */
class BlockAllowListTest {

    @ParameterizedTest(name = "[{index}] {5}: {6} ({7})")
    @CsvSource(delimiter = '|', value = {
            // doDbs        | ignoreDbs  | doTables               | ignoreTables | case | id              | captured | reason
            // empty lists capture everything but system schemas
            "               |            |                        |              | false | shop.orders    | true  | no rule: captured",
            "               |            |                        |              | false | shop           | true  | no rule: captured",
            // system schemas are dropped whatever the rules say, in any case
            "               |            |                        |              | false | mysql.user     | false | system schema mysql",
            "               |            |                        |              | false | MySQL.user     | false | system schema MySQL",
            "               |            |                        |              | false | sys.x          | false | system schema sys",
            "               |            |                        |              | false | information_schema.tables | false | system schema information_schema",
            "               |            |                        |              | false | performance_schema.threads | false | system schema performance_schema",
            "               |            |                        |              | false | metrics_schema.up | false | system schema metrics_schema",
            "               |            |                        |              | false | INSPECTION_SCHEMA.x | false | system schema INSPECTION_SCHEMA",
            "               |            |                        |              | false | dm_heartbeat.heartbeat | false | system schema dm_heartbeat",
            "               |            |                        |              | false | mysql          | false | system schema mysql",
            "mysql, shop    |            |                        |              | false | mysql.user     | false | system schema mysql",
            "               |            | mysql.user             |              | true  | mysql.user     | false | system schema mysql",
            "               |            |                        |              | false | mysql_app.user | true  | no rule: captured",
            // do-dbs: the schema must match one entry
            "shop*, crm     |            |                        |              | false | shop_1.orders  | true  | block.allow.do.dbs entry 'shop*'",
            "shop*, crm     |            |                        |              | false | crm.users      | true  | block.allow.do.dbs entry 'crm'",
            "shop*, crm     |            |                        |              | false | hr.staff       | false | block.allow.do.dbs: no entry matches schema 'hr'",
            "shop*, crm     |            |                        |              | false | hr             | false | block.allow.do.dbs: no entry matches schema 'hr'",
            // when do-dbs is non-empty, ignore-dbs is not consulted at all
            "shop*          | shop_tmp   |                        |              | false | shop_tmp.t     | true  | block.allow.do.dbs entry 'shop*'",
            "shop*          | shop_tmp   |                        |              | false | crm.t          | false | block.allow.do.dbs: no entry matches schema 'crm'",
            // ignore-dbs alone
            "               | tmp_*, old |                        |              | false | tmp_1.t        | false | block.allow.ignore.dbs entry 'tmp_*'",
            "               | tmp_*, old |                        |              | false | old            | false | block.allow.ignore.dbs entry 'old'",
            "               | tmp_*, old |                        |              | false | shop.t         | true  | no rule: captured",
            // a matching do-tables entry beats ignore-tables
            "               |            | shop.orders*           | shop.*       | false | shop.orders_1  | true  | block.allow.do.tables entry 'shop.orders*'",
            "               |            | shop.orders*           | shop.*       | false | shop.log_1     | false | block.allow.ignore.tables entry 'shop.*'",
            // do-tables non-empty and no entry matches: dropped
            "               |            | shop.orders            |              | false | shop.users     | false | block.allow.do.tables: no entry matches table 'shop.users'",
            "               |            | shop.orders            | crm.*        | false | hr.staff       | false | block.allow.do.tables: no entry matches table 'hr.staff'",
            // ignore-tables alone: matched dropped, the rest captured
            "               |            |                        | shop.log_*   | false | shop.log_2024  | false | block.allow.ignore.tables entry 'shop.log_*'",
            "               |            |                        | shop.log_*   | false | shop.orders    | true  | no rule: captured",
            // the table level follows a passing schema level; its reason names the do-dbs entry when nothing else decided
            "shop           |            |                        | shop.log_*   | false | shop.orders    | true  | block.allow.do.dbs entry 'shop'",
            "shop           |            | crm.*                  |              | false | shop.orders    | false | block.allow.do.tables: no entry matches table 'shop.orders'",
            // a schema-only id is decided at the schema level only
            "               |            | shop.orders            |              | false | shop           | true  | no rule: captured",
            "               |            |                        | shop.*       | false | shop           | true  | no rule: captured",
            "shop           |            | crm.*                  |              | false | shop           | true  | block.allow.do.dbs entry 'shop'",
            "               | shop       | shop.orders            |              | false | shop           | false | block.allow.ignore.dbs entry 'shop'",
            // case-insensitive by default; case-sensitive on request
            "Shop           |            |                        |              | false | SHOP.t         | true  | block.allow.do.dbs entry 'Shop'",
            "Shop           |            |                        |              | true  | SHOP.t         | false | block.allow.do.dbs: no entry matches schema 'SHOP'",
            "               |            | shop.Orders            | shop.*       | false | SHOP.ORDERS    | true  | block.allow.do.tables entry 'shop.Orders'",
            "               |            | shop.Orders            | shop.*       | true  | shop.orders    | false | block.allow.ignore.tables entry 'shop.*'",
            "~^Shop         |            |                        |              | false | shop.t         | true  | block.allow.do.dbs entry '~^Shop'",
            "~^Shop         |            |                        |              | true  | shop.t         | false | block.allow.do.dbs: no entry matches schema 'shop'",
            // ~regex is unanchored (the trap): ~shop matches any schema containing shop
            "~shop          |            |                        |              | false | myshop_old.t   | true  | block.allow.do.dbs entry '~shop'",
            "~^shop$        |            |                        |              | false | myshop_old.t   | false | block.allow.do.dbs: no entry matches schema 'myshop_old'",
            "               |            | shop.~log              |              | false | shop.changelog_x | true | block.allow.do.tables entry 'shop.~log'",
            // wildcards: * (last only) ? [a-z] [!a-z]
            "db?            |            |                        |              | false | db1.t          | true  | block.allow.do.dbs entry 'db?'",
            "db?            |            |                        |              | false | db12.t         | false | block.allow.do.dbs: no entry matches schema 'db12'",
            "db?            |            |                        |              | false | db.t           | false | block.allow.do.dbs: no entry matches schema 'db'",
            "db[0-4]        |            |                        |              | false | db3.t          | true  | block.allow.do.dbs entry 'db[0-4]'",
            "db[!0-4]       |            |                        |              | false | db3.t          | false | block.allow.do.dbs: no entry matches schema 'db3'",
            "db[!0-4]       |            |                        |              | false | db7.t          | true  | block.allow.do.dbs entry 'db[!0-4]'",
            "shop_*         |            |                        |              | false | shop_.t        | true  | block.allow.do.dbs entry 'shop_*'",
            // entries mix regex and wildcard parts independently
            "               |            | `~^shop_\\d+$`.orders  |              | false | shop_12.orders | true  | block.allow.do.tables entry '`~^shop_\\d+$`.orders'",
            "               |            | `~^shop_\\d+$`.orders  |              | false | shop_x.orders  | false | block.allow.do.tables: no entry matches table 'shop_x.orders'",
            "               |            | shop*.`~^o.*s$`        |              | false | shop_1.orders  | true  | block.allow.do.tables entry 'shop*.`~^o.*s$`'",
            "               |            | `~^s`.`~^o`            |              | false | shop.orders    | true  | block.allow.do.tables entry '`~^s`.`~^o`'",
            // a part with a dot is backquoted; in a wildcard the dot is literal
            "               |            | `my.db`.orders         |              | false | my.db/orders   | true  | block.allow.do.tables entry '`my.db`.orders'",
            "               |            | `my.db`.orders         |              | false | myxdb/orders   | false | block.allow.do.tables: no entry matches table 'myxdb.orders'",
            "               |            | shop.`~^a\\.b$`        |              | false | shop/a.b       | true  | block.allow.do.tables entry 'shop.`~^a\\.b$`'",
            "               |            | shop.`~^a\\.b$`        |              | false | shop/axb       | false | block.allow.do.tables: no entry matches table 'shop.axb'",
            "`a,b`          |            |                        |              | false | a,b.t          | true  | block.allow.do.dbs entry 'a,b'",
            // entries are tried per entry: a regex schema and a wildcard table of different entries never combine
            // (DM's trie mixes them across entries; see the deviation in docs/rules/block-allow-and-routing.md)
            "               |            | `~^a$`.x, `~^b$`.y     |              | false | b.x            | false | block.allow.do.tables: no entry matches table 'b.x'",
    })
    void decidesAsDm(String doDbs, String ignoreDbs, String doTables, String ignoreTables, boolean caseSensitive,
            String table, boolean captured, String reason) {
        BaDecision decision = list(doDbs, ignoreDbs, doTables, ignoreTables, caseSensitive).decide(id(table));

        assertThat(decision).isEqualTo(new BaDecision(captured, reason));
    }

    @Test
    void decisionsAreCachedPerTableAndTheCacheIsBounded() {
        BlockAllowList list = new BlockAllowList(java.util.List.of(), java.util.List.of(),
                java.util.List.of(TableEntry.parse("shop.t1*", false)), java.util.List.of(), 50);

        for (int i = 0; i < 1_000; i++) {
            TableId id = new TableId("shop", "t" + i);
            boolean expected = Integer.toString(i).startsWith("1");
            assertThat(list.decide(id).captured()).as(id.toString()).isEqualTo(expected);
            assertThat(list.decide(id)).isSameAs(list.decide(id));
        }
        assertThat(list.cachedDecisions()).isBetween(1, 50);
    }

    @Test
    void captureAllHasNoEntriesAndStillDropsSystemSchemas() {
        BlockAllowList all = BlockAllowList.captureAll();

        assertThat(all.decide(new TableId("any", "thing"))).isEqualTo(new BaDecision(true, "no rule: captured"));
        assertThat(all.decide(new TableId("performance_schema", "x")).captured()).isFalse();
    }
}
