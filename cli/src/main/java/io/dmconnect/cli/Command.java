package io.dmconnect.cli;

import java.io.PrintStream;

/** One {@code bin/dm-connect} subcommand. */
interface Command {
    String name();

    /** One line for the usage screen. */
    String summary();

    /** The options block of {@code bin/dm-connect <name> --help}. */
    String usage();

    /** Options that take a value ({@code --name value}). */
    default java.util.Set<String> valuedOptions() {
        return java.util.Set.of();
    }

    /** Options that are flags ({@code --name}). */
    default java.util.Set<String> flags() {
        return java.util.Set.of();
    }

    /** Options that take every following {@code key=value} word. */
    default java.util.Set<String> multiValuedOptions() {
        return java.util.Set.of();
    }

    /** Runs the command; the return value is the process exit code. */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
