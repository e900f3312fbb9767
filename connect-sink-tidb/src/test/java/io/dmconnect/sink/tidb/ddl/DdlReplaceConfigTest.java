package io.dmconnect.sink.tidb.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmconnect.common.config.ConfigDocs;
import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import io.dmconnect.sink.tidb.TiDbSinkConnector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DdlReplaceConfigTest {

    @Test
    void readsTheRulesInListOrder() {
        Map<String, String> props = new HashMap<>();
        props.put("ddl.replace", "widen, `fix`");
        props.put("ddl.replace.fix.statement", "^ALTER TABLE .shop.\\..orders. MODIFY COLUMN");
        props.put("ddl.replace.fix.position", " mysql-bin.000003:3270 ");
        props.put("ddl.replace.fix.with", "ALTER TABLE shop.orders ADD COLUMN p2 DECIMAL(14,2); "
                + "UPDATE shop.orders SET p2 = price, note = 'a;b'; ;");
        props.put("ddl.replace.widen.statement", "MODIFY COLUMN `?qty");
        props.put("ddl.replace.widen.with", "ALTER TABLE shop.orders MODIFY qty BIGINT");
        List<ReplaceRule> rules = DdlReplaceConfig.parse(props);
        assertThat(rules).extracting(ReplaceRule::name).containsExactly("widen", "fix");
        ReplaceRule fix = rules.get(1);
        assertThat(fix.position()).contains(new ReplaceRule.Position("mysql-bin.000003", 3270));
        assertThat(fix.statements()).as("split at ';' outside quotes; empty pieces dropped").containsExactly(
                "ALTER TABLE shop.orders ADD COLUMN p2 DECIMAL(14,2)", "UPDATE shop.orders SET p2 = price, note = 'a;b'");
        assertThat(rules.get(0).position()).isEmpty();
        assertThat(rules.get(0).statements()).containsExactly("ALTER TABLE shop.orders MODIFY qty BIGINT");
        assertThat(DdlReplaceConfig.parse(Map.of())).isEmpty();
    }

    /** Every bad key is reported at once, each on its exact key, with what to write instead. */
    @Test
    void collectsEveryProblemOnItsKey() {
        Map<String, String> props = new HashMap<>();
        props.put("ddl.replace", "a,b,c,a");
        props.put("ddl.replace.a.statement", "^ALTER TABLE (");
        props.put("ddl.replace.a.with", " ; ");
        props.put("ddl.replace.b.with", "ALTER TABLE t ADD KEY k (v)");
        props.put("ddl.replace.b.position", "3270");
        props.put("ddl.replace.c.statement", " ");
        props.put("ddl.replace.c.with", "DROP INDEX k ON t");
        props.put("ddl.replace.c.positon", "mysql-bin.000001:4");
        props.put("ddl.replace.d.statement", "x");
        Map<String, String> byKey = new HashMap<>();
        assertThatThrownBy(() -> DdlReplaceConfig.parse(props)).isInstanceOfSatisfying(InvalidConfigException.class,
                e -> e.problems().forEach(p -> byKey.merge(p.key(), p.message(), (x, y) -> x + " | " + y)));
        assertThat(byKey).containsOnlyKeys("ddl.replace", "ddl.replace.a.statement", "ddl.replace.a.with",
                "ddl.replace.b.statement", "ddl.replace.b.position", "ddl.replace.c.statement",
                "ddl.replace.c.positon", "ddl.replace.d.statement");
        assertThat(byKey.get("ddl.replace")).contains("'a' is listed more than once");
        assertThat(byKey.get("ddl.replace.a.statement")).contains("not a regular expression").contains("escape");
        assertThat(byKey.get("ddl.replace.a.with")).contains("at least one statement");
        assertThat(byKey.get("ddl.replace.b.statement")).startsWith("required: a regular expression");
        assertThat(byKey.get("ddl.replace.b.position")).contains("<binlog file>:<pos>");
        assertThat(byKey.get("ddl.replace.c.statement")).startsWith("required");
        assertThat(byKey.get("ddl.replace.c.positon")).contains("unknown replace key")
                .contains("ddl.replace.<name>.{statement,position,with}");
        assertThat(byKey.get("ddl.replace.d.statement")).contains("'d' is not listed in ddl.replace");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            mysql-bin.000003:3270             ; mysql-bin.000003:3270
            mysql-bin|000001.000003:3270      ; mysql-bin|000001.000003:3270
            ' mysql-bin.000003 : 4 '          ; mysql-bin.000003:4
            mysql-bin.000003                  ;
            :3270                             ;
            mysql-bin.000003:-1               ;
            mysql-bin.000003:12a              ;
            """)
    void readsAPositionAsFileColonPos(String text, String expected) {
        ReplaceRule.Position position = DdlReplaceConfig.position(text.trim());
        assertThat(position == null ? null : position.toString()).isEqualTo(expected);
    }

    /** Connect's validate() shows each problem on the key the user wrote, also for keys the ConfigDef lacks. */
    @Test
    void validateReportsTheProblemsOnTheirKeys() {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:mysql://tidb:4000/");
        props.put("connection.username", "u");
        props.put("ddl.replace", "fix");
        props.put("ddl.replace.fix.statement", "[");
        Map<String, List<String>> errors = new HashMap<>();
        for (ConfigValue v : new TiDbSinkConnector().validate(props).configValues()) {
            if (!v.errorMessages().isEmpty()) {
                errors.put(v.name(), v.errorMessages());
            }
        }
        assertThat(errors).containsOnlyKeys("ddl.replace.fix.statement", "ddl.replace.fix.with");
        assertThat(errors.get("ddl.replace.fix.with")).singleElement().asString().startsWith("required");
    }

    @Test
    void theDeclaredKeysValidateAndAreDocumented() {
        ConfigDef def = DdlReplaceConfig.defineRule(DdlReplaceConfig.define(new ConfigDef()), "<name>");
        assertThat(def.names()).containsExactlyInAnyOrder("ddl.replace", "ddl.replace.<name>.statement",
                "ddl.replace.<name>.position", "ddl.replace.<name>.with");
        assertThat(ConfigDocs.problems(def)).isEmpty();
        Map<String, ConfigValue> values = new HashMap<>();
        ConfigDef one = DdlReplaceConfig.defineRule(new ConfigDef(), "x");
        one.validate(Map.of("ddl.replace.x.statement", "(", "ddl.replace.x.position", "file",
                "ddl.replace.x.with", ";")).forEach(v -> values.put(v.name(), v));
        assertThat(values.values()).allSatisfy(v -> assertThat(v.errorMessages()).hasSize(1));
    }

    @Test
    void aRuleWithProblemsIsNotBuiltButTheOthersAreChecked() {
        Map<String, String> props = Map.of("ddl.replace", "ok,bad", "ddl.replace.ok.statement", "x",
                "ddl.replace.ok.with", "y", "ddl.replace.bad.statement", "x");
        assertThat(DdlReplaceConfig.problems(props)).extracting(ConfigProblem::key)
                .containsExactly("ddl.replace.bad.with");
        assertThat(DdlReplaceConfig.problems(Map.of("ddl.replace", "ok", "ddl.replace.ok.statement", "x",
                "ddl.replace.ok.with", "y"))).isEmpty();
    }
}
