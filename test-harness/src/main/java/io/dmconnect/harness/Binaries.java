package io.dmconnect.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds server binaries on PATH and in Debian's sbin folders (root's PATH may lack /usr/sbin). */
public final class Binaries {
    static final String SETUP_HINT = "run scripts/setup.sh (it installs Debian's mariadb-server and mariadb-client)";

    private Binaries() {
    }

    public static Path require(String name) {
        return find(name).orElseThrow(() -> new HarnessException(
                "'" + name + "' was not found on PATH nor in /usr/sbin, /usr/bin, /usr/local/sbin, /usr/local/bin: " + SETUP_HINT));
    }

    public static java.util.Optional<Path> find(String name) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(":")));
        }
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/sbin", "/bin"));
        return dirs.stream()
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
