package io.dmconnect.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command lines of the broker and worker JVMs.
 *
 * <p>Their classpath is the one the {@code kafka-runtime} module recorded at build time: Kafka's own jars and a
 * log4j binding, nothing from the harness, the tests or the plugins (those load through {@code plugin.path}).
 */
final class KafkaRuntime {
    private static final String CLASSPATH_RESOURCE = "/META-INF/dm-connect/kafka-runtime.classpath";
    private static final String LOG_CONFIG_RESOURCE = "/io/dmconnect/harness/log4j2-server.properties";

    private KafkaRuntime() {
    }

    static String classpath() {
        try (InputStream in = KafkaRuntime.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new HarnessException(CLASSPATH_RESOURCE + " is missing: build the kafka-runtime module (mvn -pl kafka-runtime package)");
            }
            String cp = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String jar : cp.split(java.io.File.pathSeparator)) {
                if (!Files.exists(Path.of(jar))) {
                    throw new HarnessException("Kafka runtime jar " + jar + " is missing: run mvn -pl kafka-runtime -am install");
                }
            }
            return cp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the log4j2 configuration next to the server's files and returns its path. */
    static Path writeLogConfig(Path dir) {
        Path file = dir.resolve("log4j2.properties");
        try (InputStream in = KafkaRuntime.class.getResourceAsStream(LOG_CONFIG_RESOURCE)) {
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <heap> -cp <kafka runtime> <main> <args>} with temp files and logs kept in {@code dir}. */
    static List<String> javaCommand(Path dir, String heap, String mainClass, String... args) {
        return javaCommand(dir, heap, List.of(), mainClass, args);
    }

    /** As above, with extra JVM options (system properties, JMX) before the main class. */
    static List<String> javaCommand(Path dir, String heap, List<String> jvmOptions, String mainClass, String... args) {
        Path tmp = Dirs.create(dir.resolve("jvm-tmp"));
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xms128m", "-Xmx" + heap,
                "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + writeLogConfig(dir)));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classpath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Remote JMX on 127.0.0.1:port only, without authentication or TLS: the registry and the RMI server share the
     * port, so one loopback port is all a client (bin/dm-connect run, jconsole) needs.
     */
    static List<String> jmxOptions(int port) {
        return List.of("-Dcom.sun.management.jmxremote.port=" + port, "-Dcom.sun.management.jmxremote.rmi.port=" + port,
                "-Dcom.sun.management.jmxremote.host=" + Ports.LOOPBACK,
                "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.local.only=true", "-Djava.rmi.server.hostname=" + Ports.LOOPBACK);
    }
}
