package io.dmconnect.bench;

import io.dmconnect.common.config.ConfigProblem;
import io.dmconnect.common.config.InvalidConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code --key value} and {@code --key=value} arguments into option properties ({@code --rows 50000} is the
 * option {@code rows}); {@code --help} asks for the option list. Every malformed argument is reported, each as a
 * problem on the key it names.
 */
public record CommandLine(Map<String, String> options, boolean help) {

    /** @throws InvalidConfigException with every problem of the arguments */
    public static CommandLine parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<ConfigProblem> problems = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                problems.add(new ConfigProblem(arg, "is not an option: write --key value, e.g. --rows 50000"));
                continue;
            }
            String key;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                key = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                key = arg.substring(2);
                value = args[++i];
            } else {
                problems.add(new ConfigProblem(arg.substring(2), "has no value: write --" + arg.substring(2) + " <value>"));
                continue;
            }
            if (options.putIfAbsent(key, value) != null) {
                problems.add(new ConfigProblem(key, "is given twice: give it once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new CommandLine(Map.copyOf(options), help);
    }
}
