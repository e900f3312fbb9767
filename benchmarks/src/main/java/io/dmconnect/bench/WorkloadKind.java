package io.dmconnect.bench;

import java.util.Arrays;
import java.util.Optional;

/** The three workloads the issue asks for, by the name the {@code workloads} key uses. */
public enum WorkloadKind implements Keyed {
    INSERT_ONLY("insert-only"),
    MIXED("mixed"),
    HOT_KEY("hot-key");

    private final String key;

    WorkloadKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The workload of this kind at the configured size. */
    public Workload create(WorkloadSize size) {
        return switch (this) {
            case INSERT_ONLY -> new InsertOnlyWorkload(size.rows(), size.statementRows());
            case MIXED -> new MixedWorkload(size.rows(), size.statementRows());
            case HOT_KEY -> new HotKeyWorkload(size.rows(), size.hotRows());
        };
    }

    public static Optional<WorkloadKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
