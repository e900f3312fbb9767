package io.dmconnect.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings every test and the launcher rely on: loopback only, fast plugin discovery, quick task takeover. */
class ServerPropertiesTest {

    @Test
    void brokerListensOnLoopbackOnly() {
        Map<String, String> p = KafkaBroker.serverProperties(Path.of("/data"), 9092, 9093);
        assertThat(p.get("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(p.get("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(p.get("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(p.get("log.dirs")).isEqualTo("/data/logs");
        assertThat(p.get("offsets.topic.replication.factor")).isEqualTo("1");
    }

    @Test
    void workerUsesServiceLoaderDiscoveryAndLoopbackRest() {
        Map<String, String> p = ConnectWorker.workerProperties("127.0.0.1:9092", Path.of("/plugins"), "g", 8083);
        assertThat(p).containsEntry("plugin.discovery", "service_load")
                .containsEntry("plugin.path", "/plugins")
                .containsEntry("listeners", "http://127.0.0.1:8083")
                .containsEntry("config.storage.topic", "g-configs")
                .containsEntry("scheduled.rebalance.max.delay.ms", "0");
    }

    @Test
    void restClientCollectsValidationErrorsByKey() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"name":"X","error_count":2,"configs":[
                  {"definition":{"name":"a"},"value":{"name":"a","errors":["Missing required configuration"]}},
                  {"definition":{"name":"b"},"value":{"name":"b","errors":[]}},
                  {"definition":{"name":"c"},"value":{"name":"c","errors":["bad"]}}]}""");
        assertThat(ConnectRestClient.validationErrors(json)).containsExactly("a: Missing required configuration", "c: bad");
    }
}
