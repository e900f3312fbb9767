package io.dmconnect.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry's command line keeps it on loopback with its files in its own folder; a missing app names the build step. */
class ApicurioRegistryTest {

    @TempDir
    Path tmp;

    @Test
    void commandBindsLoopbackAndKeepsTempAndCacheFilesInItsFolder() {
        Path dir = tmp.resolve("registry");
        List<String> cmd = ApicurioRegistry.command(Path.of("/app/apicurio-registry-app-2.6.13.Final-runner.jar"), dir, 18080, "256m");
        assertThat(cmd).contains("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=18080", "-Xmx256m",
                "-Djava.io.tmpdir=" + dir.resolve("jvm-tmp"), "-Dvertx.cacheDirBase=" + dir.resolve("vertx-cache"));
        assertThat(cmd.subList(cmd.size() - 2, cmd.size()))
                .containsExactly("-jar", "/app/apicurio-registry-app-2.6.13.Final-runner.jar");
        assertThat(dir.resolve("jvm-tmp")).isDirectory();
    }

    @Test
    void findsTheRunnerJarOfTheUnpackedApp() throws IOException {
        Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(tmp.resolve("apicurio-registry-app-2.6.13.Final-runner.jar"), "");
        assertThat(ApicurioRegistry.runnerJar(tmp)).isEqualTo(tmp.resolve("apicurio-registry-app-2.6.13.Final-runner.jar"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "empty"})
    void aMissingAppNamesTheBuildStepThatUnpacksIt(String situation) throws IOException {
        Path appDir = tmp.resolve("apicurio-registry");
        if (situation.equals("empty")) {
            Files.createDirectories(appDir);
            Files.writeString(appDir.resolve("quarkus-run.jar"), "");
        }
        assertThatThrownBy(() -> ApicurioRegistry.builder(appDir, tmp.resolve("run")).start())
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining(appDir.toString())
                .hasMessageContaining("mvn -pl e2e-tests generate-test-resources")
                .hasMessageContaining("apicurio-registry-app");
        assertThat(tmp.resolve("run")).doesNotExist();
    }
}
