package io.dmconnect.common.rules.ba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockAllowListConfigTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "block.allow.do.dbs        | a*b               | 'a*b': '*' is only allowed as the last character",
            "block.allow.ignore.dbs    | ~(x               | '~(x' is not a valid regular expression",
            "block.allow.do.dbs        | db[0-9            | has no closing ']'",
            "block.allow.do.dbs        | ``                | an empty pattern matches nothing",
            "block.allow.do.dbs        | my`db             | backquote the whole name or pattern",
            "block.allow.do.tables     | orders            | 'orders' names no table: write db.table",
            "block.allow.ignore.tables | a.b.c             | more than one dot outside backquotes",
            "block.allow.do.tables     | shop.             | 'shop.' table part: an empty pattern matches nothing",
            "block.allow.do.tables     | .orders           | '.orders' schema part: an empty pattern matches nothing",
            "block.allow.do.tables     | `shop.orders      | a backquote is not closed",
            "block.allow.do.tables     | `my`db.t          | '`my`db.t' schema part: backquote the whole name",
            "block.allow.do.tables     | shop.o*x          | 'shop.o*x' table part: 'o*x': '*' is only allowed as the last",
            "block.allow.ignore.tables | `~(`.t            | '`~(`.t' schema part: '~(' is not a valid regular expression",
            "block.allow.do.dbs.extra  | x                 | unknown block-allow list key",
    })
    void aBadValueIsAProblemOnItsExactKey(String key, String value, String message) {
        InvalidConfigException e = catchThrowableOfType(() -> BlockAllowListConfig.parse(Map.of(key, value), false),
                InvalidConfigException.class);

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        Map<String, String> props = Map.of(
                "block.allow.do.dbs", "ok, a*b, ~(",
                "block.allow.ignore.dbs", "fine",
                "block.allow.do.tables", "orders, shop.orders, x.y*z",
                "block.allow.ignore.tables", "shop.`a.b`");

        assertThatThrownBy(() -> BlockAllowListConfig.parse(props, false))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::key)
                        .containsExactly("block.allow.do.dbs", "block.allow.do.dbs",
                                "block.allow.do.tables", "block.allow.do.tables"));
    }

    @ParameterizedTest(name = "{0} -> schema {1}, table {2}")
    @CsvSource(delimiter = '|', value = {
            "shop.orders                 | shop         | orders",
            "`my.db`.orders              | my.db        | orders",
            "shop.`~^a\\.b$`             | shop         | ~^a\\.b$",
            "`a``b`.`c,d`                | a`b          | c,d",
            "`~^x{1,3}$`.t               | ~^x{1,3}$    | t",
            "shop . orders               | shop         | orders",
    })
    void tableEntriesSplitAtTheFirstDotOutsideBackquotes(String item, String schema, String table) {
        TableEntry entry = TableEntry.parse(item, false);

        assertThat(entry.source()).isEqualTo(item);
        assertThat(entry.schema().source()).isEqualTo(schema);
        assertThat(entry.table().source()).isEqualTo(table);
    }

    @Test
    void listsAreSplitAtCommasOutsideBackquotes() {
        BlockAllowList list = BlockAllowListConfig.parse(Map.of(
                "block.allow.do.dbs", "a, `~^x{1,3}$`, `b,c`",
                "block.allow.ignore.tables", "s.t1, `a,b`.`c,d`"), false);

        assertThat(list.doDbs()).extracting(p -> p.source()).containsExactly("a", "~^x{1,3}$", "b,c");
        assertThat(list.ignoreTables()).extracting(TableEntry::source).containsExactly("s.t1", "`a,b`.`c,d`");
        assertThat(list.ignoreDbs()).isEmpty();
        assertThat(list.doTables()).isEmpty();
    }

    @Test
    void declaresTheFourKeysWithEverythingTheDocsNeed() {
        ConfigDef def = BlockAllowListConfig.define(new ConfigDef());

        assertThat(def.names()).containsExactlyInAnyOrder("block.allow.do.dbs", "block.allow.ignore.dbs",
                "block.allow.do.tables", "block.allow.ignore.tables");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        assertThat(def.configKeys().values()).allSatisfy(k -> {
            assertThat(k.group).isEqualTo("Block-allow list");
            assertThat(k.defaultValue).isEqualTo("");
        });
        assertThat(ConfigDocs.markdown("BA", "x.Y", def)).contains("`block.allow.do.tables`");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "block.allow.do.dbs        | shop, a*b, ~(   | use ~regex for anything else; '~(' is not a valid regular expression",
            "block.allow.do.tables     | orders          | names no table",
    })
    void theDeclaredValidatorsReportTheSameProblems(String key, String value, String message) {
        ConfigDef def = BlockAllowListConfig.define(new ConfigDef());

        assertThatThrownBy(() -> def.parse(Map.of(key, value))).isInstanceOf(ConfigException.class)
                .hasMessageContaining(key).hasMessageContaining(message);
        assertThat(def.validate(Map.of(key, value))).filteredOn(v -> v.name().equals(key)).singleElement()
                .satisfies(v -> assertThat(v.errorMessages()).singleElement().asString().contains(message));
    }

    @Test
    void theDeclaredValidatorsAcceptGoodValues() {
        ConfigDef def = BlockAllowListConfig.define(new ConfigDef());

        assertThat(def.parse(Map.of("block.allow.do.tables", "`my.db`.orders, shop.`~^a\\.b$`",
                "block.allow.do.dbs", "shop_*, ~^crm$"))).containsEntry("block.allow.do.dbs", "shop_*, ~^crm$");
    }
}
