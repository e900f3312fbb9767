package io.dmconnect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bin/dm-connect rules} run as a user runs it, against the example configuration shipped in config/. */
class RulesCliIT {
    private static final Path EXAMPLE = ItPaths.projectDir().resolve("config/sink-shard-merge.properties");

    /** What the command printed: {@code out} is stdout alone (the JSON), {@code all} adds stderr. */
    private record Run(int exit, String out, String all) {
    }

    private static Run rules(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ItPaths.projectDir().resolve("bin/dm-connect").toString(), "rules"));
        cmd.addAll(List.of(args));
        Path err = Files.createDirectories(ItPaths.workDir()).resolve("rules-cli.err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, out + Files.readString(err));
    }

    @Test
    void answersAsJsonForAShardTableRoutedIntoTheMergedTable() throws Exception {
        Run run = rules("--config", EXAMPLE.toString(), "shop_01.orders_07", "--source-id", "up1",
                "--event", "insert", "--row", "id=9000000001", "amount=3.50", "--json");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("captured").asBoolean()).isTrue();
        assertThat(json.at("/target/schema").asText()).isEqualTo("shop");
        assertThat(json.at("/target/table").asText()).isEqualTo("orders");
        assertThat(json.at("/extract/c_table").asText()).isEqualTo("07");
        assertThat(json.at("/extract/c_schema").asText()).isEqualTo("01");
        assertThat(json.at("/extract/c_source").asText()).isEqualTo("1");
        assertThat(json.get("event_action").asText()).isEqualTo("Do");
        assertThat(json.get("expression").asText()).isEqualTo("drop");
        assertThat(json.at("/rules/route").asText()).isEqualTo("orders");
        assertThat(json.at("/rules/expression_filter").asText()).isEqualTo("no-test-orders");
    }

    @Test
    void explainsBlockedTablesAndIgnoredDdlInText() throws Exception {
        Run archive = rules("--config", EXAMPLE.toString(), "shop_02.orders_archive_2020");
        assertThat(archive.exit()).as(archive.all()).isZero();
        assertThat(archive.out()).contains("captured    no", "block.allow.ignore.tables");

        Run drop = rules("--config", EXAMPLE.toString(), "shop_02.orders_03", "--sql", "DROP TABLE shop_02.orders_03");
        assertThat(drop.exit()).as(drop.all()).isZero();
        assertThat(drop.out()).contains("drop table -> Ignore", "filter no-drops");
    }

    @Test
    void aBrokenConfigurationPrintsEveryProblemWithItsKey() throws Exception {
        Path bad = Files.createDirectories(ItPaths.workDir()).resolve("bad-rules.properties");
        Files.writeString(bad, String.join("\n",
                "connector.class=io.dmconnect.sink.tidb.TiDbSinkConnector",
                "block.allow.do.tables=orders_without_db",
                "filters=f1",
                "filters.f1.schema.pattern=shop",
                "filters.f1.events=insert",
                "filters.f1.action=Skip",
                "routes=r1",
                "routes.r1.schema.pattern=shop_*",
                ""));
        Run run = rules("--config", bad.toString(), "shop.orders", "--json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.all()).contains("block.allow.do.tables:", "filters.f1.action:", "routes.r1.target.schema:");
    }
}
