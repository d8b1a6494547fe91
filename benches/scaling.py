#!/usr/bin/env python3
"""Thread scaling of morel against the machine's capacity, in one run.

Usage:
    python3 benches/scaling.py [--runs N] [--threads 1,2] [--morel PATH]
        [--share-all]

1. Capacity: time(one copy of `thr_cpu 1` alone) and time(two copies started
   together as separate processes); capacity = 2 * t_one / t_two (2.0 on two
   idle cores; lower when the machine is shared or the cores are SMT twins).
2. For each thr_* benchmark and each T: median wall time of morel and of
   python3; speed-up = time(T=1) / time(T); "vs capacity" = speed-up at T=2
   divided by the capacity.
3. With --share-all: the single-threaded benchmarks under morel normally and
   with MOREL_SHARE_ALL=1 (every object shared, every write locked).

Sizes come from side_by_side.DEFAULT_ARGS. Tables go to stdout.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import side_by_side  # noqa: E402

BENCH = os.path.join(HERE, "python")


def timed(cmd, env=None):
    start = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode()[-2000:]))
    return elapsed, r.stdout


def median_time(cmd, runs, env=None):
    outs = set()
    ts = []
    for _ in range(runs):
        t, out = timed(cmd, env)
        ts.append(t)
        outs.add(out)
    return statistics.median(ts), outs


def capacity(morel, runs):
    cmd = [morel, os.path.join(BENCH, "thr_cpu.py"), "1"] + [str(a) for a in side_by_side.DEFAULT_ARGS["thr_cpu"]]
    one = []
    two = []
    for _ in range(runs):
        one.append(timed(cmd)[0])
        start = time.perf_counter()
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL) for _ in range(2)]
        for p in procs:
            p.wait()
        two.append(time.perf_counter() - start)
    t1, t2 = statistics.median(one), statistics.median(two)
    return t1, t2, 2 * t1 / t2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--morel", default=os.path.join(side_by_side.REPO, "target", "release", "morel"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--share-all", action="store_true")
    opts = ap.parse_args()
    counts = [int(x) for x in opts.threads.split(",")]

    t1, t2, cap = capacity(opts.morel, opts.runs)
    print("capacity: one copy %.3f s, two copies together %.3f s, capacity %.2f" % (t1, t2, cap))
    print()
    print("| benchmark | T | python3 s | morel s | morel speed-up | speed-up / capacity |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in ("thr_cpu", "thr_read", "thr_shared"):
        args = [str(a) for a in side_by_side.DEFAULT_ARGS[name]]
        base = None
        for t in counts:
            path = os.path.join(BENCH, name + ".py")
            py, py_out = median_time([opts.python, path, str(t)] + args, opts.runs)
            mo, mo_out = median_time([opts.morel, path, str(t)] + args, opts.runs)
            if mo_out != py_out:
                print("| %s | %d | MISMATCH: morel printed %r |" % (name, t, sorted(mo_out)))
                continue
            if base is None:
                base = mo
            speed = base / mo
            print("| %s | %d | %.3f | %.3f | %.2f | %s |" % (
                name, t, py, mo, speed, "%.2f" % (speed / cap) if t == 2 else "-"))
    if opts.share_all:
        print()
        print("| benchmark | morel s | morel MOREL_SHARE_ALL=1 s | ratio |")
        print("|---|---:|---:|---:|")
        env = dict(os.environ, MOREL_SHARE_ALL="1")
        for name, args in side_by_side.DEFAULT_ARGS.items():
            if name.startswith("thr_"):
                continue
            cmd = [opts.morel, os.path.join(BENCH, name + ".py")] + [str(a) for a in args]
            a, _ = median_time(cmd, opts.runs)
            b, _ = median_time(cmd, opts.runs, env)
            print("| %s | %.3f | %.3f | %.2f |" % (name, a, b, b / a))


if __name__ == "__main__":
    main()
