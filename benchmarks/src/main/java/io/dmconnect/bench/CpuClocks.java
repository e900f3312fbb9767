package io.dmconnect.bench;

import io.dmconnect.harness.MariaDbServer;

/** The CPU clocks of the processes one snapshot leg involves, read together. */
final class CpuClocks {
    private final ProcessCpu worker;
    private final ProcessCpu broker;
    private final ProcessCpu upstream;
    private final ProcessCpu downstream;
    private final ProcessCpu self;

    private CpuClocks(ProcessCpu worker, ProcessCpu broker, ProcessCpu upstream, ProcessCpu downstream) {
        this.worker = worker;
        this.broker = broker;
        this.upstream = upstream;
        this.downstream = downstream;
        this.self = ProcessCpu.self();
    }

    /** The clocks of the run's worker, broker and upstream, and of {@code downstream}. */
    static CpuClocks of(BenchEnvironment env, MariaDbServer downstream) {
        return new CpuClocks(ProcessCpu.of(env.worker().pid(), "java"), ProcessCpu.of(env.broker().pid(), "java"),
                ProcessCpu.of(env.upstream().pid(), "mariadbd"), ProcessCpu.of(downstream.pid(), "mariadbd"));
    }

    LegCpu read() {
        return new LegCpu(worker.used(), broker.used(), upstream.used(), downstream.used(), self.childrenUsed());
    }
}
