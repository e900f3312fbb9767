package io.dmconnect.bench;

import java.nio.file.Path;

/**
 * Where a run finds its plugin folders and puts its scratch space and report.
 *
 * @param pluginDir      dm-connect's plugin folder (what users put on plugin.path)
 * @param peerPluginDir  a plugin.path entry holding Debezium's JDBC sink
 * @param avroPluginDir  a plugin.path entry holding Apicurio's Avro converter (converter=avro only)
 * @param apicurioAppDir the unpacked Apicurio Registry app (converter=avro only)
 * @param workDir        data folders of the servers of this run
 * @param reportFile     where the Markdown report goes
 */
public record BenchPaths(Path pluginDir, Path peerPluginDir, Path avroPluginDir, Path apicurioAppDir, Path workDir,
        Path reportFile) {
}
