#!/usr/bin/env python3
"""Where the Connect worker's CPU went during one profiled sink run (profile_sink.py's output folder).

1. Per-thread CPU from /proc (threads.jsonl) over the apply window (window.json): every thread of the worker JVM,
   GC and JIT threads included, grouped (sink task thread, dm-connect apply threads, GC, JIT, ...).
2. JFR's jdk.ExecutionSample events of the same window, matched to those threads by OS thread id. Each sample is
   put in one category: the package of the first frame, from the top of the stack, that is not the JDK's own
   (java.*, jdk.*, sun.*) nor Connect's data classes (Struct, ConnectSchema), so a HashMap.get or a Struct.get
   called by our decoder counts as decoding, and Struct.put's validation called by a converter as the converter's.
   A thread group's CPU seconds are split by its own samples' category shares (JFR takes far fewer samples than it
   asks for on a saturated machine; /proc's clocks miss nothing). GC, JIT and JFR threads are counted as they are.

    python3 benchmarks/profiling/jfr_cpu_share.py /tmp/prof/json-merged:5             # one run, in detail
    python3 benchmarks/profiling/jfr_cpu_share.py /tmp/prof/a:5:before /tmp/prof/b:5:after   # Markdown table
"""
import argparse
import collections
import datetime
import json
import os
import subprocess
import sys

JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
# Connect's data classes (Struct, ConnectSchema.validateValue, Values) count for their caller: the converter that
# builds the structs, or our decoder that reads them
CONNECT_DATA = ("org.apache.kafka.connect.data.", "org.apache.kafka.connect.header.")

# (category, class-name prefixes), first match wins
CATEGORIES = [
    ("JSON converter (JsonConverter, Jackson)", ("org.apache.kafka.connect.json.", "com.fasterxml.jackson.")),
    ("Avro converter (Apicurio, Avro)", ("io.apicurio.", "org.apache.avro.")),
    ("Connect runtime (WorkerSinkTask, header conversion, transforms)", ("org.apache.kafka.connect.",)),
    ("Kafka consumer / clients", ("org.apache.kafka.clients.", "org.apache.kafka.common.")),
    ("dm: decode (RecordDecoder, RowValues)", ("io.dmconnect.sink.tidb.decode.", "io.dmconnect.common.record.")),
    ("dm: rules and routing", ("io.dmconnect.common.rules.", "io.dmconnect.sink.tidb.route.")),
    ("dm: causality (Causality, keys)", ("io.dmconnect.sink.tidb.dml.Causality", "io.dmconnect.sink.tidb.dml.ValueKeys",
                                         "io.dmconnect.sink.tidb.dml.RowIdentity", "io.dmconnect.sink.tidb.dml.Assignment")),
    ("dm: statements (DmlBuilder, MultiRowMerger, Compactor, Batcher)", ("io.dmconnect.sink.tidb.dml.",)),
    ("dm: apply engine, commit, checkpoints, tables", ("io.dmconnect.sink.tidb.apply.", "io.dmconnect.sink.tidb.checkpoint.",
                                                       "io.dmconnect.sink.tidb.tables.")),
    ("dm: other", ("io.dmconnect.",)),
    ("JDBC: mysql-connector-j", ("com.mysql.",)),
    ("JDBC: MariaDB Connector/J", ("org.mariadb.",)),
    ("Debezium JDBC sink, Hibernate", ("io.debezium.", "org.hibernate.", "org.jboss.", "net.bytebuddy.", "jakarta.")),
    ("logging", ("org.apache.logging.", "org.slf4j.", "org.apache.log4j.")),
    ("Jetty (REST)", ("org.eclipse.jetty.", "org.glassfish.", "jersey.")),
]

# (group, test on the Linux thread name, 15 chars, and JFR's Java name)
GROUPS = [
    ("sink task thread (consumer, converter, put)", lambda os_name, java: os_name.startswith("task-thread")),
    ("dm apply threads (worker.count)", lambda os_name, java: "-apply-" in (java or "")),
    ("GC (G1)", lambda os_name, java: os_name.startswith(("GC Thread", "G1 "))),
    ("JIT compiler", lambda os_name, java: os_name.startswith(("C1 Compiler", "C2 Compiler", "Sweeper"))),
    ("JFR and attach (profiler overhead)", lambda os_name, java: os_name.startswith(("JFR ", "Attach Listener"))),
    ("VM thread, other VM", lambda os_name, java: os_name.startswith(("VM ", "Service Thread", "Monitor Deflati"))),
    ("other Java threads (herder, REST, producers)", lambda os_name, java: True),
]


def category(frames):
    for f in frames:
        cls = f[0]
        if cls.startswith(JDK) or cls.startswith(CONNECT_DATA):
            continue
        for name, prefixes in CATEGORIES:
            if cls.startswith(prefixes):
                return name
        return "other: " + ".".join(cls.split(".")[:3])
    if any(f[0].startswith(CONNECT_DATA) for f in frames):
        return "Connect data API, no caller in the stack"
    return "JDK only (no library frame)"


def epoch(iso):
    # 2026-11-21T15:36:06.409438539Z
    main, _, frac = iso.rstrip("Z").partition(".")
    t = datetime.datetime.strptime(main, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc).timestamp()
    return t + float("0." + (frac or "0"))


def load_samples(jfr_file):
    cache = jfr_file + ".samples.json"
    if not os.path.exists(cache):
        raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                              jfr_file], capture_output=True, text=True, check=True).stdout
        out = []
        for e in json.loads(raw)["recording"]["events"]:
            v = e["values"]
            frames = [(f["method"]["type"]["name"].replace("/", "."), f["method"]["name"], f.get("lineNumber"))
                      for f in (v["stackTrace"] or {"frames": []})["frames"]]
            out.append({"t": epoch(v["startTime"]), "tid": v["sampledThread"]["osThreadId"],
                        "java": v["sampledThread"]["javaName"], "frames": frames})
        with open(cache, "w") as f:
            json.dump(out, f)
    with open(cache) as f:
        return json.load(f)


def thread_cpu(folder, window):
    """{tid: [os name, cpu seconds, of which system seconds]} over the window, from the /proc snapshots."""
    snaps = [json.loads(line) for line in open(os.path.join(folder, "threads.jsonl"))]
    before = [s for s in snaps if s["t"] <= window["start"]]
    inside = [s for s in snaps if s["t"] <= window["end"]]
    a = before[-1] if before else snaps[0]
    b = inside[-1]
    tck = window["clk_tck"]
    out = {}
    for tid, (name, u, s) in b["threads"].items():
        _, u0, s0 = a["threads"].get(tid, (name, 0, 0))
        out[int(tid)] = [name, (u + s - u0 - s0) / tck, (s - s0) / tck]
    return out, b["t"] - a["t"]


class Analysis:
    """One profiled run, restricted to its apply window (less the first `skip` seconds)."""

    def __init__(self, folder, skip=0.0):
        window = json.load(open(os.path.join(folder, "window.json")))
        if skip:
            kept = (window["end"] - window["start"] - skip) / (window["end"] - window["start"])
            window["start"] += skip
            window["rows"] = round(window["rows"] * kept)
            window["apply_s"] -= skip
        self.window, self.rows = window, window["rows"]
        threads, self.clock_seconds = thread_cpu(folder, window)
        self.samples = [s for s in load_samples(os.path.join(folder, "worker.jfr"))
                        if window["start"] <= s["t"] <= window["end"]]
        java_names = {}
        for s in self.samples:
            java_names.setdefault(s["tid"], s["java"])

        def group_of(tid):
            # apply threads are named <connector>-apply-<n>: the Linux name is cut at 15 chars, JFR's is not
            name = threads.get(tid, ["?"])[0]
            for g, test in GROUPS:
                if test(name, java_names.get(tid)):
                    return g

        self.group_cpu, self.group_sys = collections.Counter(), collections.Counter()
        for tid, (name, cpu, sys_s) in threads.items():
            self.group_cpu[group_of(tid)] += cpu
            self.group_sys[group_of(tid)] += sys_s
        self.total = sum(self.group_cpu.values())
        self.by_group = collections.defaultdict(collections.Counter)
        self.leaf_by_cat = collections.defaultdict(collections.Counter)
        for s in self.samples:
            c = category(s["frames"])
            self.by_group[group_of(s["tid"])][c] += 1
            if s["frames"]:
                f = s["frames"][0]
                self.leaf_by_cat[c][f"{f[0]}.{f[1]}"] += 1
        # a Java thread group's CPU split by its own samples' categories; GC, JIT, VM and JFR threads as they are
        self.cat_cpu = collections.Counter()
        for g, cpu in self.group_cpu.items():
            n = sum(self.by_group[g].values())
            if g.startswith(("GC", "JIT", "JFR", "VM")) or n == 0:
                self.cat_cpu[g.split(" (")[0] if not g.startswith("JFR") else g] += cpu
                continue
            for c, k in self.by_group[g].items():
                self.cat_cpu[c] += cpu * k / n

    def per_1000_rows(self, cpu_seconds):
        return 1e6 * cpu_seconds / self.rows

    def report(self, top):
        w = self.window
        print(f"{w['sink']} {w['table']}: {self.rows} rows, apply window {w['apply_s']:.2f} s "
              f"(thread clocks over {self.clock_seconds:.2f} s), {len(self.samples)} JFR execution samples in the "
              f"window, the last {w['end'] - max((s['t'] for s in self.samples), default=w['start']):.2f} s before "
              f"its end")
        print(f"\nworker CPU by thread group: {self.total:.2f} s = {self.per_1000_rows(self.total):.1f} ms / 1000 rows")
        for g, cpu in self.group_cpu.most_common():
            print(f"  {100 * cpu / self.total:5.1f} %  {cpu:6.2f} s (sys {self.group_sys[g]:5.2f})  "
                  f"{self.per_1000_rows(cpu):6.1f} ms/1000 rows  {g}  [{sum(self.by_group[g].values())} samples]")
        print("\nworker CPU by category (Java thread groups split by their JFR sample shares):")
        for c, cpu in self.cat_cpu.most_common():
            print(f"  {100 * cpu / self.total:5.1f} %  {cpu:6.2f} s  {self.per_1000_rows(cpu):6.1f} ms/1000 rows  {c}")
        for g in self.by_group:
            n = sum(self.by_group[g].values())
            print(f"\nsamples of {g}: {n}")
            for c, k in self.by_group[g].most_common():
                print(f"  {100 * k / n:5.1f} %  {k:5d}  {c}")
        print("\ntop leaf methods per category (all Java threads):")
        for c, leaves in sorted(self.leaf_by_cat.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  {c}: {sum(leaves.values())}")
            for m, k in leaves.most_common(6):
                print(f"      {k:5d}  {m}")
        inclusive = collections.Counter()
        for s in self.samples:
            seen = set()
            for f in s["frames"]:
                if f[0].startswith(("io.dmconnect.", "com.mysql.", "org.apache.kafka.connect.json.", "io.debezium.",
                                    "org.hibernate.", "org.mariadb.", "io.apicurio.",
                                    "org.apache.kafka.connect.runtime.")):
                    m = f"{f[0]}.{f[1]}"
                    if m not in seen:
                        seen.add(m)
                        inclusive[m] += 1
        print(f"\ninclusive (method anywhere on the stack), share of all {len(self.samples)} samples, top {top}:")
        for m, k in inclusive.most_common(top):
            print(f"  {100 * k / len(self.samples):5.1f} %  {m}")


def table(runs):
    """Markdown: one column per run, ms / 1000 rows and share of the worker's CPU per category."""
    order = [name for name, _ in CATEGORIES] + ["GC", "JIT compiler", "JFR and attach (profiler overhead)"]
    print("| category | " + " | ".join(label for label, _ in runs) + " |")
    print("|---|" + "---:|" * len(runs))
    rows = collections.OrderedDict((name, [0.0] * len(runs)) for name in order + ["other"])
    for i, (_, r) in enumerate(runs):
        for c, cpu in r.cat_cpu.items():
            rows[c if c in rows else "other"][i] += r.per_1000_rows(cpu)
    for name, values in rows.items():
        if any(v >= 0.05 for v in values):
            cells = ["–" if v < 0.05 else f"{v:.1f} ({100 * v / r.per_1000_rows(r.total):.0f} %)"
                     for v, (_, r) in zip(values, runs)]
            print(f"| {name} | " + " | ".join(cells) + " |")
    print("| **worker total** | " + " | ".join(f"**{r.per_1000_rows(r.total):.1f}**" for _, r in runs) + " |")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("runs", nargs="+", metavar="FOLDER[:SKIP[:LABEL]]",
                   help="profile_sink.py output folders; SKIP: seconds left out at the start of the apply window "
                        "(the JIT still compiling: see jdk.CompilerStatistics), the rows scaled by the part kept. "
                        "One folder: a detailed report. Several: a Markdown table, one column each")
    p.add_argument("--top", type=int, default=25)
    a = p.parse_args()
    runs = []
    for spec in a.runs:
        folder, _, rest = spec.partition(":")
        skip, _, label = rest.partition(":")
        runs.append((label or os.path.basename(folder.rstrip("/")), Analysis(folder, float(skip or 0))))
    if len(runs) == 1:
        runs[0][1].report(a.top)
    else:
        table(runs)


if __name__ == "__main__":
    main()
