package io.dmconnect.shard;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** DM's shard-mode: how the DDL of sharded tables merged into one target table is coordinated. */
public enum ShardMode {
    /** No coordination: each table's DDL is applied as it arrives (no shard merge, or shards that never diverge). */
    NONE,
    /** Every shard must reach the same DDL before it is applied once; the others wait at the barrier. */
    PESSIMISTIC,
    /** Shards may diverge; DDL is applied when it keeps the merged table compatible with every shard's schema. */
    OPTIMISTIC;

    /** The lower-case name users write in {@code shard.mode}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@code shard.mode} value, case-insensitively; the error lists the accepted values. */
    public static ShardMode parse(String value) {
        String v = value == null ? "" : value.trim();
        return Arrays.stream(values())
                .filter(m -> m.name().equalsIgnoreCase(v))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown shard mode '" + value + "': use one of "
                        + Arrays.stream(values()).map(ShardMode::configValue).collect(Collectors.joining(", "))));
    }
}
