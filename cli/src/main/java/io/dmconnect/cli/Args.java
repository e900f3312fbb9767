package io.dmconnect.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options: {@code --name value}, {@code --name=value} and flags, plus positional arguments.
 * Unknown options and missing values are errors naming the option, never silently ignored.
 */
final class Args {
    private final Map<String, String> options;
    private final Map<String, List<String>> multi;
    private final List<String> positional;

    private Args(Map<String, String> options, Map<String, List<String>> multi, List<String> positional) {
        this.options = options;
        this.multi = multi;
        this.positional = positional;
    }

    /** Thrown for a command line the command cannot take; the message is shown to the user with the usage. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(List<String> argv, Set<String> valued, Set<String> flags) {
        return parse(argv, valued, flags, Set.of());
    }

    /**
     * {@code multiValued} options take every following {@code key=value} word ({@code --row a=1 b=2}) and may be
     * repeated; the first word without '=' (or the next option) ends the list.
     */
    static Args parse(List<String> argv, Set<String> valued, Set<String> flags, Set<String> multiValued) {
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> multi = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (multiValued.contains(name) && value == null) {
                List<String> values = multi.computeIfAbsent(name, n -> new ArrayList<>());
                while (i + 1 < argv.size() && !argv.get(i + 1).startsWith("--") && argv.get(i + 1).contains("=")) {
                    values.add(argv.get(++i));
                }
                if (values.isEmpty()) {
                    throw new UsageException("--" + name + " needs col=value words");
                }
            } else if (flags.contains(name) && value == null) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new Args(options, multi, positional);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    /** Every word given to a multi-valued option, in order; empty when it was not given. */
    List<String> all(String name) {
        return multi.getOrDefault(name, List.of());
    }

    List<String> positional() {
        return positional;
    }
}
