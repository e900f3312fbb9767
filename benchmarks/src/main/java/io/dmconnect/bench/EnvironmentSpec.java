package io.dmconnect.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link BenchEnvironment} starts for a run.
 *
 * @param downstreams     names of the downstream MariaDB servers, one per sink family or leg
 * @param converter       avro also starts an Apicurio Registry
 * @param workerHeap      -Xmx of the Connect worker
 * @param workDir         where the servers' data folders go
 * @param pluginPath      the worker's plugin.path entries, dm-connect's folder first
 * @param apicurioAppDir  the unpacked registry app (converter=avro only)
 */
public record EnvironmentSpec(List<String> downstreams, ConverterChoice converter, String workerHeap, Path workDir,
        List<Path> pluginPath, Path apicurioAppDir) {

    public EnvironmentSpec {
        downstreams = List.copyOf(downstreams);
        pluginPath = List.copyOf(pluginPath);
    }
}
