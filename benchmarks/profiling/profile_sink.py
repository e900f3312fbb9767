#!/usr/bin/env python3
"""Runs the sink benchmark for one sink and records the Connect worker JVM while that sink applies its measured
workload: a JDK Flight Recorder recording (the JDK's profile settings, Java samples every --sample-ms) plus the CPU clocks of every worker thread from
/proc/<pid>/task/*/stat, sampled every 0.25 s. See docs/performance.md, "Where the sink's CPU goes".

    python3 benchmarks/profiling/profile_sink.py --out /tmp/prof-merged -- \
        --sinks dm-connect-merged --workloads insert-only --rows 200000

Everything after "--" goes to the benchmark (java -jar benchmarks/target/dm-connect-benchmarks.jar); it must name
exactly one sink and one workload. The recording (jcmd JFR.start, with filename=<out>/worker.jfr) starts when the
benchmark announces the sink's (unmeasured) warm-up, so the source phase is not in it; the analysis
(jfr_cpu_share.py) keeps only the samples of the measured apply window, which this script writes to
<out>/window.json. The worker ends the recording itself about when the measured connector is deleted (JFR.check then
finds it stopped or gone, and the file written); jfr_cpu_share.py reports how close its last sample is to the end of
the window.

Needs the benchmark built (mvn -B -q -o -Pbenchmark -pl benchmarks -am package -DskipTests), jcmd and jfr on the
PATH, Linux /proc. Run it from the checkout's root.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")


def children(pid):
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return out


def find_worker(root):
    """The ConnectDistributed JVM among root's descendants (never another user's worker on the same machine)."""
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"org.apache.kafka.connect.cli.ConnectDistributed" in f.read():
                    return pid
        except OSError:
            continue
        todo += children(pid)
    return None


def thread_clocks(pid):
    """{tid: (name, utime ticks, stime ticks)} for every thread of pid."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        out[int(tid)] = (name, int(fields[11]), int(fields[12]))
    return out


class ThreadSampler(threading.Thread):
    def __init__(self, pid, path):
        super().__init__(daemon=True)
        self.pid, self.path, self.stop_flag = pid, path, threading.Event()

    def run(self):
        with open(self.path, "w") as out:
            while not self.stop_flag.is_set():
                try:
                    snap = thread_clocks(self.pid)
                except OSError:
                    return
                out.write(json.dumps({"t": time.time(), "threads": {str(k): v for k, v in snap.items()}}) + "\n")
                out.flush()
                self.stop_flag.wait(0.25)


def jcmd(pid, *args):
    r = subprocess.run(["jcmd", str(pid), *args], capture_output=True, text=True)
    out = " / ".join(line.strip() for line in (r.stdout + r.stderr).splitlines()[1:] if line.strip())
    print(f"profile: jcmd {' '.join(args)} -> {out}", flush=True)


def write_settings(path, sample_ms):
    """The JDK's profile.jfc with another period for jdk.ExecutionSample."""
    java_home = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))
    with open(os.path.join(java_home, "lib", "jfr", "profile.jfc")) as f:
        jfc = f.read()
    jfc, n = re.subn(r'(<event name="jdk.ExecutionSample">.*?<setting name="period"[^>]*>)[^<]*(<)',
                     rf"\g<1>{sample_ms} ms\2", jfc, flags=re.S)
    if n != 1:
        sys.exit("cannot set the sampling period in profile.jfc")
    with open(path, "w") as f:
        f.write(jfc)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True, help="folder for the recording, thread clocks, log and window")
    p.add_argument("--sample-ms", type=int, default=2,
                   help="Java execution sample period: the JDK's profile settings with this period (profile has 10 "
                        "ms; on a busy 2-core machine JFR takes far fewer samples than it asks for)")
    p.add_argument("--jar", default="benchmarks/target/dm-connect-benchmarks.jar")
    p.add_argument("bench", nargs=argparse.REMAINDER)
    a = p.parse_args()
    bench = a.bench[1:] if a.bench[:1] == ["--"] else a.bench
    sink = bench[bench.index("--sinks") + 1]
    if "," in sink:
        sys.exit("profile one sink at a time")
    os.makedirs(a.out, exist_ok=True)
    settings = os.path.abspath(os.path.join(a.out, "sampling.jfc"))
    write_settings(settings, a.sample_ms)
    jfr = os.path.abspath(os.path.join(a.out, "worker.jfr"))
    proc = subprocess.Popen(["java", "-jar", a.jar, *bench], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, bufsize=1)
    worker, sampler, reported = None, None, 0
    done = re.compile(r"bench: sink " + re.escape(sink) + r"\s+(\S+)\s+([\d,]+) rows in\s+([\d.]+) s")
    with open(os.path.join(a.out, "bench.log"), "w") as log:
        for line in proc.stdout:
            now = time.time()
            log.write(f"{now:.3f} {line}")
            log.flush()
            sys.stdout.write(line)
            if worker is None and line.startswith(f"bench: warm-up of {sink} "):
                worker = find_worker(proc.pid)
                print(f"profile: worker pid {worker}", flush=True)
                sampler = ThreadSampler(worker, os.path.join(a.out, "threads.jsonl"))
                sampler.start()
                # the repository (chunk files) outside the worker's java.io.tmpdir, which the harness owns
                repo = os.path.abspath(os.path.join(a.out, "repository"))
                os.makedirs(repo, exist_ok=True)
                jcmd(worker, "JFR.configure", f"repositorypath={repo}")
                jcmd(worker, "JFR.start", "name=sinkprof", f"settings={settings}", f"filename={jfr}")
            m = done.search(line)
            if m and worker is not None:
                reported += 1
                if reported == 2:  # the first report is the warm-up's, the second the measured run's
                    jcmd(worker, "JFR.check", "name=sinkprof")
                    jcmd(worker, "JFR.stop", "name=sinkprof")  # writes filename
                    sampler.stop_flag.set()
                    apply_s = float(m.group(3))
                    with open(os.path.join(a.out, "window.json"), "w") as w:
                        json.dump({"sink": sink, "table": m.group(1), "rows": int(m.group(2).replace(",", "")),
                                   "apply_s": apply_s, "start": now - apply_s, "end": now, "pid": worker,
                                   "clk_tck": CLK_TCK}, w)
    sys.exit(proc.wait())


if __name__ == "__main__":
    main()
