package io.dmconnect.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An Apicurio Registry 2.x (in-memory storage) in its own JVM, HTTP on 127.0.0.1 with a free port.
 *
 * <p>It runs the Quarkus app the build unpacked from {@code io.apicurio:apicurio-registry-app:<version>:tar.gz:all}
 * (a folder holding {@code apicurio-registry-app-*-runner.jar} and {@code lib/}). Its temp and Vert.x cache files
 * stay in its own folder, never {@code /tmp}. The schemas live in memory only: they are gone once it stops.
 */
public final class ApicurioRegistry implements AutoCloseable {
    static final String API = "/apis/registry/v2";
    static final String BUILD_HINT = "build it with mvn -pl e2e-tests generate-test-resources "
            + "(maven-dependency-plugin's execution apicurio-registry-app unpacks io.apicurio:apicurio-registry-app:tar.gz:all)";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final boolean deleteOnClose;
    private final ChildProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApicurioRegistry(Path dir, int port, boolean deleteOnClose, ChildProcess process) {
        this.dir = dir;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
        this.process = process;
    }

    /** {@code appDir}: the unpacked app; {@code dir}: this instance's folder (log, temp files). */
    public static Builder builder(Path appDir, Path dir) {
        return new Builder(appDir, dir);
    }

    /** Options for {@link #start()}. */
    public static final class Builder {
        private final Path appDir;
        private final Path dir;
        private int port = 0;
        private boolean deleteOnClose = true;
        private String heap = "512m";

        private Builder(Path appDir, Path dir) {
            this.appDir = appDir;
            this.dir = dir;
        }

        /** 0 (the default) picks a random free port. */
        public Builder port(int port) { this.port = port; return this; }
        public Builder deleteOnClose(boolean delete) { this.deleteOnClose = delete; return this; }
        public Builder heap(String heap) { this.heap = heap; return this; }

        public ApicurioRegistry start() {
            return ApicurioRegistry.start(this);
        }
    }

    private static ApicurioRegistry start(Builder b) {
        Path runner = runnerJar(b.appDir);
        Path dir = Dirs.create(b.dir.toAbsolutePath());
        int port = b.port == 0 ? Ports.free() : b.port;
        ChildProcess process = ChildProcess.start("apicurio-registry", command(runner, dir, port, b.heap),
                ChildProcess.Options.logTo(dir.resolve("registry.log")));
        ApicurioRegistry registry = new ApicurioRegistry(dir, port, b.deleteOnClose, process);
        try {
            registry.awaitReady();
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /** The app's runnable jar; a missing or empty folder names the build step that makes it. */
    static Path runnerJar(Path appDir) {
        if (!Files.isDirectory(appDir)) {
            throw new HarnessException("the Apicurio Registry app folder " + appDir + " does not exist: " + BUILD_HINT);
        }
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(f -> f.getFileName().toString().matches("apicurio-registry-app-.*-runner\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new HarnessException("no apicurio-registry-app-*-runner.jar in " + appDir + ": " + BUILD_HINT));
        } catch (IOException e) {
            throw new HarnessException("cannot list " + appDir + ": " + e.getMessage(), e);
        }
    }

    static List<String> command(Path runner, Path dir, int port, String heap) {
        Path tmp = Dirs.create(dir.resolve("jvm-tmp"));
        List<String> cmd = new ArrayList<>(List.of(KafkaRuntime.javaBinary(), "-Xms64m", "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmp,
                // Vert.x otherwise keeps its file cache in /tmp/vertx-cache, shared by every run on the machine
                "-Dvertx.cacheDirBase=" + dir.resolve("vertx-cache"),
                "-Dquarkus.http.host=" + Ports.LOOPBACK,
                "-Dquarkus.http.port=" + port));
        cmd.addAll(List.of("-jar", runner.toString()));
        return cmd;
    }

    private void awaitReady() {
        Wait.until(START_TIMEOUT, Duration.ofMillis(200), () -> {
            if (!process.isAlive()) {
                throw new HarnessException("Apicurio Registry exited:\n" + process.logTail(40));
            }
            return Ports.isListening(port) && answers();
        }, () -> "Apicurio Registry on 127.0.0.1:" + port + " not ready\n" + process.logTail(40));
    }

    private boolean answers() {
        try {
            return send("GET", "/system/info", null).statusCode() == 200;
        } catch (HarnessException e) {
            return false;
        }
    }

    /** The v2 REST API's base URL: what the serdes' {@code apicurio.registry.url} takes. */
    public String url() {
        return "http://" + Ports.LOOPBACK + ":" + port + API;
    }

    /**
     * The body of a GET under the v2 API ({@code path} such as {@code /search/artifacts}); any status other than
     * 200 is an error carrying the registry's answer.
     */
    public String get(String path) {
        return expect200("GET", path, null);
    }

    /** PUT with a JSON body (for example {@code /admin/rules/COMPATIBILITY}); returns the answer's body. */
    public String put(String path, String json) {
        return expect200("PUT", path, json);
    }

    /** POST with a JSON body (for example {@code /admin/rules}); 200 and 204 are success. */
    public void post(String path, String json) {
        HttpResponse<String> r = send("POST", path, json);
        if (r.statusCode() / 100 != 2) {
            throw new HarnessException("POST " + url() + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** DELETE; 200 and 204 are success. */
    public void delete(String path) {
        HttpResponse<String> r = send("DELETE", path, null);
        if (r.statusCode() / 100 != 2) {
            throw new HarnessException("DELETE " + url() + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private String expect200(String method, String path, String json) {
        HttpResponse<String> r = send(method, path, json);
        if (r.statusCode() != 200) {
            throw new HarnessException(method + " " + url() + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HarnessException(method + " " + url() + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted during " + method + " " + url() + path, e);
        }
    }

    /** Serde settings for a Connect converter pointed at this registry, under {@code prefix} (e.g. {@code value.converter.}). */
    public Map<String, String> converterConfig(String prefix) {
        return Map.of(prefix + "apicurio.registry.url", url(),
                prefix + "apicurio.registry.auto-register", "true",
                prefix + "apicurio.registry.find-latest", "true");
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public long pid() {
        return process.pid();
    }

    public ChildProcess process() {
        return process;
    }

    /** Stops the registry (its schemas are lost: storage is in memory) and removes its folder unless kept. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
        if (deleteOnClose) {
            Dirs.delete(dir);
        }
    }

    @Override
    public String toString() {
        return "Apicurio Registry at " + url() + " (" + dir + ")";
    }
}
