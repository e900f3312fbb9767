package io.dmconnect.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardModeTest {
    @Test
    void parsesConfigValuesCaseInsensitively() {
        assertThat(ShardMode.parse("pessimistic")).isEqualTo(ShardMode.PESSIMISTIC);
        assertThat(ShardMode.parse(" Optimistic ")).isEqualTo(ShardMode.OPTIMISTIC);
        assertThat(ShardMode.NONE.configValue()).isEqualTo("none");
    }

    @Test
    void rejectsUnknownValuesListingTheAcceptedOnes() {
        assertThatThrownBy(() -> ShardMode.parse("lazy"))
                .hasMessage("unknown shard mode 'lazy': use one of none, pessimistic, optimistic");
    }
}
