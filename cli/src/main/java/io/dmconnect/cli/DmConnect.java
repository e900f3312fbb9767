package io.dmconnect.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code bin/dm-connect <command> [options]}: the launcher's entry point, a table of subcommands. */
public final class DmConnect {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    DmConnect(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public static void main(String[] argv) {
        int code = new DmConnect(List.of(new DemoCommand(), new RunCommand(), new WorkerCommand(), new RulesCommand())).run(Arrays.asList(argv), System.out, System.err);
        System.exit(code);
    }

    int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty() || List.of("-h", "--help", "help").contains(argv.get(0))) {
            out.print(usage());
            return argv.isEmpty() ? 2 : 0;
        }
        Command command = commands.get(argv.get(0));
        if (command == null) {
            err.println("dm-connect: unknown command '" + argv.get(0) + "'");
            err.print(usage());
            return 2;
        }
        List<String> rest = argv.subList(1, argv.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(commandUsage(command));
            return 0;
        }
        try {
            return command.run(Args.parse(rest, command.valuedOptions(), command.flags(), command.multiValuedOptions()), out, err);
        } catch (Args.UsageException e) {
            err.println("dm-connect " + command.name() + ": " + e.getMessage());
            err.print(commandUsage(command));
            return 2;
        } catch (Exception e) {
            err.println("dm-connect " + command.name() + " failed: " + e.getMessage());
            return 1;
        }
    }

    String usage() {
        StringBuilder sb = new StringBuilder("usage: bin/dm-connect <command> [options]\n\ncommands:\n");
        commands.values().forEach(c -> sb.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        sb.append("\nbin/dm-connect <command> --help shows a command's options.\n");
        return sb.toString();
    }

    private static String commandUsage(Command command) {
        return "usage: bin/dm-connect " + command.name() + " [options]\n" + command.summary() + "\n\n" + command.usage();
    }
}
