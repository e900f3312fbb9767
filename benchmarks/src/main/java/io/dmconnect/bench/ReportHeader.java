package io.dmconnect.bench;

/** The lines every benchmark report starts with: when, the command, the machine and its load. */
final class ReportHeader {
    private ReportHeader() {
    }

    static void append(StringBuilder md, RunFacts run, MachineFacts machine) {
        md.append("### Run of ").append(run.started()).append("\n\n");
        md.append("- Command: `").append(run.command()).append("`\n");
        md.append("- Machine: ").append(machine.cpuModel()).append(", ").append(machine.logicalCpus())
                .append(" logical CPUs, ").append(machine.memTotalMb()).append(" MB RAM; ").append(machine.kernel())
                .append("; ").append(machine.java()).append('\n');
        md.append("- Load average (1/5/15 min) before: ").append(machine.loadBefore()).append("; after: ")
                .append(run.loadAfter()).append('\n');
    }
}
