package io.dmconnect.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Connect REST API, as a user drives it. Non-2xx answers throw {@link RestException} with the body. */
public final class ConnectRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConnectRestClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An HTTP answer outside 2xx. */
    public static final class RestException extends HarnessException {
        private final int status;

        RestException(String method, String path, int status, String body) {
            super(method + " " + path + " answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A connector's state and its tasks' states, with the trace of each failed task. */
    public record ConnectorStatus(String name, String state, String trace, List<TaskStatus> tasks) {
        public boolean anyFailed() {
            return "FAILED".equals(state) || tasks.stream().anyMatch(t -> "FAILED".equals(t.state()));
        }

        public String describe() {
            StringBuilder sb = new StringBuilder("connector " + name + " " + state);
            if (trace != null) {
                sb.append("\n").append(trace);
            }
            for (TaskStatus task : tasks) {
                sb.append("\n  task ").append(task.id()).append(' ').append(task.state());
                if (task.trace() != null) {
                    sb.append("\n").append(task.trace());
                }
            }
            return sb.toString();
        }
    }

    /** One task's state. */
    public record TaskStatus(int id, String state, String workerId, String trace) {
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** True when the worker has joined its group and answers {@code GET /connectors}. */
    public boolean isReady() {
        try {
            get("/connectors");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Class names of every plugin {@code GET /connector-plugins} lists. */
    public List<String> connectorPluginClasses() {
        List<String> classes = new ArrayList<>();
        get("/connector-plugins").forEach(p -> classes.add(p.get("class").asText()));
        return classes;
    }

    public List<String> connectors() {
        List<String> names = new ArrayList<>();
        get("/connectors").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** Creates the connector, or updates its configuration when it exists. */
    public JsonNode createOrUpdate(String name, Map<String, String> config) {
        return put("/connectors/" + enc(name) + "/config", config);
    }

    public void deleteConnector(String name) {
        delete("/connectors/" + enc(name));
    }

    public void pause(String name) {
        put("/connectors/" + enc(name) + "/pause", null);
    }

    public void resume(String name) {
        put("/connectors/" + enc(name) + "/resume", null);
    }

    public void restart(String name, boolean includeTasks) {
        post("/connectors/" + enc(name) + "/restart?includeTasks=" + includeTasks, null);
    }

    /** {@code PUT /connector-plugins/{type}/config/validate}: the ConfigInfos answer. */
    public JsonNode validate(String pluginClass, Map<String, String> config) {
        String simpleName = pluginClass.substring(pluginClass.lastIndexOf('.') + 1);
        return put("/connector-plugins/" + enc(simpleName) + "/config/validate", config);
    }

    /** Every {@code name: message} error of a validate answer. */
    public static List<String> validationErrors(JsonNode configInfos) {
        List<String> errors = new ArrayList<>();
        configInfos.path("configs").forEach(c -> c.path("value").path("errors").forEach(
                e -> errors.add(c.path("value").path("name").asText() + ": " + e.asText())));
        return errors;
    }

    public ConnectorStatus status(String name) {
        JsonNode s = get("/connectors/" + enc(name) + "/status");
        List<TaskStatus> tasks = new ArrayList<>();
        s.path("tasks").forEach(t -> tasks.add(new TaskStatus(t.path("id").asInt(), t.path("state").asText(),
                t.path("worker_id").asText(), t.hasNonNull("trace") ? t.get("trace").asText() : null)));
        JsonNode c = s.path("connector");
        return new ConnectorStatus(name, c.path("state").asText(), c.hasNonNull("trace") ? c.get("trace").asText() : null, tasks);
    }

    /** Waits until the connector and at least {@code tasks} tasks run; fails at once, with traces, when one FAILED. */
    public ConnectorStatus awaitRunning(String name, int tasks, Duration timeout) {
        ConnectorStatus[] last = new ConnectorStatus[1];
        Wait.until(timeout, Duration.ofMillis(250), () -> {
            last[0] = statusOrNull(name);
            if (last[0] == null) {
                return false;
            }
            if (last[0].anyFailed()) {
                throw new HarnessException("connector failed: " + last[0].describe());
            }
            return "RUNNING".equals(last[0].state()) && last[0].tasks().size() >= tasks
                    && last[0].tasks().stream().allMatch(t -> "RUNNING".equals(t.state()));
        }, () -> "connector " + name + " not RUNNING: " + (last[0] == null ? "no status" : last[0].describe()));
        return last[0];
    }

    /** Waits until the connector or one of its tasks is FAILED, and returns that status (its traces included). */
    public ConnectorStatus awaitFailed(String name, Duration timeout) {
        ConnectorStatus[] last = new ConnectorStatus[1];
        Wait.until(timeout, Duration.ofMillis(250), () -> {
            last[0] = statusOrNull(name);
            return last[0] != null && last[0].anyFailed();
        }, () -> "connector " + name + " did not fail: " + (last[0] == null ? "no status" : last[0].describe()));
        return last[0];
    }

    /** Waits until the connector (and every task) reports {@code state}, e.g. PAUSED. */
    public ConnectorStatus awaitState(String name, String state, Duration timeout) {
        ConnectorStatus[] last = new ConnectorStatus[1];
        Wait.until(timeout, Duration.ofMillis(250), () -> {
            last[0] = statusOrNull(name);
            return last[0] != null && state.equals(last[0].state())
                    && last[0].tasks().stream().allMatch(t -> state.equals(t.state()));
        }, () -> "connector " + name + " not " + state + ": " + (last[0] == null ? "no status" : last[0].describe()));
        return last[0];
    }

    private ConnectorStatus statusOrNull(String name) {
        try {
            return status(name);
        } catch (RestException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new RestException(method, path, response.statusCode(), response.body());
            }
            String text = response.body();
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new HarnessException(method + " " + path + ": not JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new HarnessException(method + " " + baseUrl + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted during " + method + " " + path, e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
