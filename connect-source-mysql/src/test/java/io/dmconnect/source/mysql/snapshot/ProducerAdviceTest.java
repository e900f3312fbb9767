package io.dmconnect.source.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerAdviceTest {
    @Test
    void aConfigWithoutOverridesIsToldEveryRecommendedSetting() {
        assertThat(ProducerAdvice.missing(Map.of("name", "up1"))).containsExactly("producer.override.linger.ms",
                "producer.override.batch.size", "producer.override.compression.type");
        assertThat(ProducerAdvice.advice(Map.of("name", "up1"))).get().asString()
                .contains("producer.override.linger.ms=20, producer.override.batch.size=524288, "
                        + "producer.override.compression.type=lz4")
                .contains("connector.client.config.override.policy");
    }

    @Test
    void anyValueTheUserGaveIsAChoiceNotSecondGuessed() {
        Map<String, String> config = Map.of("producer.override.linger.ms", "5",
                "producer.override.compression.type", "zstd");
        assertThat(ProducerAdvice.missing(config)).containsExactly("producer.override.batch.size");
        assertThat(ProducerAdvice.advice(config)).get().asString().contains("producer.override.batch.size=524288")
                .doesNotContain("linger.ms=20").doesNotContain("lz4");
    }

    @Test
    void aConfigWithEveryRecommendedKeyGetsNoAdvice() {
        assertThat(ProducerAdvice.advice(Map.of("producer.override.linger.ms", "50", "producer.override.batch.size",
                "1048576", "producer.override.compression.type", "none"))).isEmpty();
    }
}
