package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplaceRuleTest {
    private static final String MODIFY = "ALTER TABLE `shop_01`.`orders_07` MODIFY COLUMN `price` DECIMAL(10,2)";

    private static List<ReplaceRule> rules(String... keyValues) {
        Map<String, String> props = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return DdlReplaceConfig.parse(props);
    }

    @Test
    void matchesTheStatementCaseInsensitivelyAndUnanchored() {
        ReplaceRule rule = rules("ddl.replace", "r", "ddl.replace.r.statement", "modify column .price.",
                "ddl.replace.r.with", "SELECT 1").get(0);
        assertThat(rule.matches(MODIFY, "mysql-bin.000001", 4)).isTrue();
        assertThat(rule.matches(MODIFY, "any", 99)).as("no position: wherever it occurs").isTrue();
        assertThat(rule.matches("ALTER TABLE t MODIFY COLUMN qty INT", "mysql-bin.000001", 4)).isFalse();
    }

    @Test
    void aPositionRestrictsTheRuleToThatRecord() {
        ReplaceRule rule = rules("ddl.replace", "r", "ddl.replace.r.statement", "^ALTER TABLE .shop_01.",
                "ddl.replace.r.position", "mysql-bin.000003:3270", "ddl.replace.r.with", "SELECT 1").get(0);
        assertThat(rule.matches(MODIFY, "mysql-bin.000003", 3270)).isTrue();
        assertThat(rule.matches(MODIFY, "mysql-bin.000003", 3271)).isFalse();
        assertThat(rule.matches(MODIFY, "mysql-bin.000004", 3270)).isFalse();
        assertThat(rule.matches("DROP TABLE t", "mysql-bin.000003", 3270)).as("both must hold").isFalse();
    }

    @Test
    void theFirstMatchingRuleInListOrderWins() {
        List<ReplaceRule> rules = rules("ddl.replace", "narrow,broad,other",
                "ddl.replace.broad.statement", "^ALTER TABLE", "ddl.replace.broad.with", "SELECT 'broad'",
                "ddl.replace.narrow.statement", "MODIFY COLUMN", "ddl.replace.narrow.position", "f:7",
                "ddl.replace.narrow.with", "SELECT 'narrow'",
                "ddl.replace.other.statement", "^DROP", "ddl.replace.other.with", "SELECT 'other'");
        assertThat(ReplaceRule.first(rules, MODIFY, "f", 7)).get().extracting(ReplaceRule::name).isEqualTo("narrow");
        assertThat(ReplaceRule.first(rules, MODIFY, "f", 8)).get().extracting(ReplaceRule::name).isEqualTo("broad");
        assertThat(ReplaceRule.first(rules, "DROP TABLE t", "f", 7)).get().extracting(ReplaceRule::name)
                .isEqualTo("other");
        assertThat(ReplaceRule.first(rules, "CREATE TABLE t (a INT)", "f", 7)).isEmpty();
    }
}
