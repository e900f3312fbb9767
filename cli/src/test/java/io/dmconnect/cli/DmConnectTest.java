package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DmConnectTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Records what it was given instead of starting servers. */
    private static final class Recording implements Command {
        final List<Args> calls = new ArrayList<>();

        @Override public String name() { return "rec"; }
        @Override public String summary() { return "records its arguments"; }
        @Override public String usage() { return "options:\n  --port N\n"; }
        @Override public Set<String> valuedOptions() { return Set.of("port"); }
        @Override public Set<String> flags() { return Set.of("keep"); }

        @Override
        public int run(Args args, PrintStream o, PrintStream e) {
            calls.add(args);
            return 7;
        }
    }

    private int run(Command command, String... argv) {
        return new DmConnect(List.of(command)).run(List.of(argv), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void dispatchesToTheCommandWithParsedOptionsAndReturnsItsExitCode() {
        Recording rec = new Recording();
        assertThat(run(rec, "rec", "--port", "8084", "--keep", "extra")).isEqualTo(7);
        Args args = rec.calls.get(0);
        assertThat(args.port("port", 1)).isEqualTo(8084);
        assertThat(args.flag("keep")).isTrue();
        assertThat(args.positional()).containsExactly("extra");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        Recording rec = new Recording();
        assertThat(run(rec, "nope")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'nope'", "rec        records its arguments");

        assertThat(run(rec, "rec", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("dm-connect rec: unknown option --colour", "--port N");
        assertThat(rec.calls).isEmpty();
    }

    @Test
    void helpPrintsTheCommandsOptions() {
        assertThat(run(new WorkerCommand(), "worker", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--rest-port N", "(default 8083)", "--data-dir DIR");
    }

    @Test
    void runTakesFilesAndItsOptionsAndRefusesAnUnknownOne() {
        RunCommand run = new RunCommand();
        Args args = Args.parse(List.of("config/a.properties", "--connect-url", "http://h:8083", "config/b.properties",
                "--jmx=h:9999"), run.valuedOptions(), run.flags());
        assertThat(args.positional()).containsExactly("config/a.properties", "config/b.properties");
        assertThat(args.get("connect-url", null)).isEqualTo("http://h:8083");
        assertThat(args.get("jmx", null)).isEqualTo("h:9999");
        assertThat(run(run, "run", "a.properties", "--jxm", "h:1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --jxm", "--connect-url URL", "--kafka-port N");
    }

    @Test
    void runWithoutFilesOrWithABadFileStartsNothing() throws Exception {
        assertThat(run(new RunCommand(), "run")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give at least one connector property file");
        java.nio.file.Path missing = java.nio.file.Path.of("target", "no-such-connector.properties");
        assertThat(run(new RunCommand(), "run", missing.toString(), "--rest-port", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("dm-connect run: " + missing + ": no such file");
    }

    @Test
    void demoTakesKeepAndADataDir() {
        assertThat(run(new DemoCommand(), "demo", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--keep", "--data-dir DIR", "3307 and 3308, downstream 4000");
        DemoCommand demo = new DemoCommand();
        Args args = Args.parse(List.of("--keep", "--data-dir", "x"), demo.valuedOptions(), demo.flags());
        assertThat(args.flag("keep")).isTrue();
        assertThat(args.get("data-dir", null)).isEqualTo("x");
    }

    @Test
    void portsAreValidated() {
        Args args = Args.parse(List.of("--rest-port=99999", "--kafka-port", "x"), Set.of("rest-port", "kafka-port"), Set.of());
        assertThatThrownBy(() -> args.port("rest-port", 8083)).hasMessage("--rest-port must be a port number (1-65535), not '99999'");
        assertThatThrownBy(() -> args.port("kafka-port", 9092)).hasMessageContaining("not 'x'");
        assertThatThrownBy(() -> Args.parse(List.of("--rest-port"), Set.of("rest-port"), Set.of()))
                .hasMessage("--rest-port needs a value");
    }
}
