#!/usr/bin/env python3
"""Run the benchmark programs under morel and CPython side by side.

Usage:
    python3 benches/side_by_side.py [--morel PATH] [--python PATH] [--runs N]
        [--only a,b] [--skip a,b] [--args-json JSON] [--morel-flags 'FLAGS']
        [--timeout SECONDS] [--threads [T,T...]] [--full-size] [--json FILE]
        [--list] [--specializers none,mono,truffle,patient] [--stat median|min]

For every program in benches/python/ (thr_* only with --threads) the script
runs `morel [FLAGS] prog.py ARGS` and `python3 prog.py ARGS` alternately,
N times each, checks that stdout agrees and prints a markdown table with
the median wall time (or, with --stat min, the fastest run: the estimate
least disturbed by a noisy machine, since noise only ever adds time), the
ratio morel/python3 and the peak RSS of each child, followed by the
geometric mean of the ratios.

Sizes: every benchmark gets the arguments from DEFAULT_ARGS below (chosen so
that a full run takes a few minutes on a 2-core machine); --full-size runs
the programs without arguments (their own, much larger defaults);
--args-json overrides single benchmarks, e.g.
    --args-json '{"fib": [32], "nbody": "200000", "fannkuch": [10, 1]}'
For thr_* programs the thread count is put in front of these arguments.

Status column: ok, MISMATCH (stdout differs from python3's), FAIL (morel
exited non-zero; the last stderr line is shown), TIMEOUT, PYFAIL (python3
itself failed).  The geometric mean only covers rows with status ok.

Progress goes to stderr, the table to stdout.  Exit status: 0 if every row
is ok, 1 otherwise, 2 for usage errors.
"""

import argparse
import json
import math
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BENCH_DIR = os.path.join(HERE, "python")

# Arguments per benchmark (about 0.3-1 s each under CPython 3.11 on a
# 2-core machine).  The programs' own defaults are in their usage lines.
DEFAULT_ARGS = {
    "alloc": [10],
    "closures": [120],
    "exceptions": [200000],
    "fannkuch": [9, 1],
    "fib": [30],
    "nbody": [100000],
    "nqueens": [10],
    "pidigits": [2500],
    "spectral_norm": [200],
    # thr_*: the thread count is prepended
    "thr_cpu": [6],
    "thr_read": [600000],
    "thr_shared": [500000],
}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def resolve_exe(path):
    """Return an absolute path for PATH (a file path or a name on $PATH)."""
    if os.sep in path or os.path.exists(path):
        full = os.path.abspath(path)
        return full if os.path.isfile(full) else None
    found = shutil.which(path)
    return found


class RunResult(object):
    def __init__(self, status, seconds, maxrss_kb, stdout, stderr, code):
        self.status = status          # "ok", "fail", "timeout"
        self.seconds = seconds
        self.maxrss_kb = maxrss_kb
        self.stdout = stdout
        self.stderr = stderr
        self.code = code

    def last_stderr_line(self):
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines()
                 if l.strip()]
        if self.status == "timeout":
            return "timed out"
        if not lines:
            return "exit status %s, no stderr" % self.code
        return lines[-1].strip()


def read_hwm_kb(pid):
    """VmHWM (peak RSS of the current address space) from /proc, or 0."""
    try:
        with open("/proc/%s/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def run_once(cmd, timeout):
    """Run CMD, return RunResult with wall time and the child's peak RSS.

    Peak RSS: on Linux, the ru_maxrss that wait4() reports for a child can
    not be lower than the RSS of the process that forked it (the kernel
    keeps the pre-exec high-water mark), i.e. of this runner (~15 MB).  So
    the child's own VmHWM is also polled from /proc while it runs, and
    ru_maxrss is only trusted when it exceeds the runner's own high-water
    mark.
    """
    own_hwm = read_hwm_kb("self")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            # Popen returns only after the child has exec'd
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, cwd=REPO)
        except OSError as e:
            return RunResult("fail", 0.0, 0, b"", str(e).encode(), None)
        timed_out = []
        done = threading.Event()
        polled = [0]

        def watch():
            deadline = time.perf_counter() + timeout
            polled[0] = read_hwm_kb(proc.pid)
            while not done.wait(0.005):
                h = read_hwm_kb(proc.pid)
                if h > polled[0]:
                    polled[0] = h
                if time.perf_counter() >= deadline and not done.is_set():
                    timed_out.append(True)
                    try:
                        proc.kill()
                    except OSError:
                        pass
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            while True:
                try:
                    _, status, usage = os.wait4(proc.pid, 0)
                    break
                except InterruptedError:
                    continue
        finally:
            done.set()
        elapsed = time.perf_counter() - start
        watcher.join()
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code          # we reaped it ourselves
        out.seek(0)
        err.seek(0)
        stdout = out.read()
        stderr = err.read()
    rss = usage.ru_maxrss               # KiB on Linux, bytes on macOS
    if sys.platform == "darwin":
        rss //= 1024
    elif own_hwm:
        rss = max(polled[0], rss) if rss > own_hwm else polled[0]
        if rss == 0:
            rss = usage.ru_maxrss
    if timed_out:
        st = "timeout"
    elif code != 0:
        st = "fail"
    else:
        st = "ok"
    return RunResult(st, elapsed, rss, stdout, stderr, code)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def summary(opts):
    """The statistic chosen with --stat."""
    return median if opts.stat == "median" else (lambda xs: min(xs) if xs else None)


def first_difference(a, b):
    la = a.decode("utf-8", "replace").splitlines()
    lb = b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return "line %d: python3=%r morel=%r" % (i + 1, x[:80], y[:80])
    return "identical lines, different bytes (line endings?)"


def normalize_args(value):
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, (int, float)):
        return [str(value)]
    if isinstance(value, str):
        return shlex.split(value)
    raise ValueError("bad argument list: %r" % (value,))


def discover():
    names = []
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py"):
            names.append(fn[:-3])
    return names


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Compare morel with python3 on benches/python/*.py")
    p.add_argument("--morel", default=os.path.join(REPO, "target", "release", "morel"),
                   help="morel binary (default <repo>/target/release/morel); "
                        "a name on $PATH works too, e.g. --morel python3")
    p.add_argument("--python", default="python3",
                   help="reference interpreter (default python3)")
    p.add_argument("--runs", type=int, default=3,
                   help="runs per interpreter and benchmark (default 3)")
    p.add_argument("--only", default="",
                   help="comma-separated benchmark names (thr_* named here "
                        "run even without --threads)")
    p.add_argument("--skip", default="", help="comma-separated names to skip")
    p.add_argument("--args-json", default="",
                   help='JSON object name -> arguments, e.g. \'{"fib": [32]}\'')
    p.add_argument("--morel-flags", default="",
                   help="extra flags for morel, put before the program path")
    p.add_argument("--timeout", type=float, default=300.0,
                   help="per-run timeout in seconds (default 300)")
    p.add_argument("--specializers", default=None,
                   help="comma-separated strategies (e.g. none,mono,truffle,patient): "
                        "print a table of benchmark by strategy (morel/python3 ratios)")
    p.add_argument("--threads", nargs="?", const="1,2", default=None,
                   help="include thr_* benchmarks, with these thread counts "
                        "(default when given without value: 1,2)")
    p.add_argument("--full-size", action="store_true",
                   help="run the programs with their own (large) defaults")
    p.add_argument("--stat", choices=("median", "min"), default="median",
                   help="summarise each program's runs by their median (default) or fastest time")
    p.add_argument("--json", default="", help="also write results to FILE")
    p.add_argument("--dir", default=BENCH_DIR,
                   help="folder of programs (default benches/python; programs "
                        "without an entry in DEFAULT_ARGS run with their own "
                        "defaults, e.g. --dir benches/library)")
    p.add_argument("--list", action="store_true",
                   help="list the benchmarks and their arguments, then exit")
    return p.parse_args(argv)


def plan(opts):
    """Return a list of (row name, program path, argument list)."""
    names = discover()
    overrides = {}
    if opts.args_json:
        try:
            raw = json.loads(opts.args_json)
            if not isinstance(raw, dict):
                raise ValueError("must be a JSON object")
            for k, v in raw.items():
                overrides[k] = normalize_args(v)
        except ValueError as e:
            log("side_by_side: bad --args-json: %s" % e)
            sys.exit(2)
        for k in overrides:
            if k not in names:
                log("side_by_side: --args-json names unknown benchmark %r" % k)
                sys.exit(2)
    only = [x.strip() for x in opts.only.split(",") if x.strip()]
    skip = set(x.strip() for x in opts.skip.split(",") if x.strip())
    for n in only + sorted(skip):
        if n not in names:
            log("side_by_side: unknown benchmark %r (have: %s)"
                % (n, ", ".join(names)))
            sys.exit(2)
    if opts.threads is not None:
        try:
            thread_counts = [int(x) for x in opts.threads.split(",") if x.strip()]
        except ValueError:
            log("side_by_side: bad --threads %r" % opts.threads)
            sys.exit(2)
    else:
        thread_counts = [1, 2]
    rows = []
    for name in names:
        if only and name not in only:
            continue
        if name in skip:
            continue
        threaded = name.startswith("thr_")
        if threaded and opts.threads is None and name not in only:
            continue
        if name in overrides:
            args = overrides[name]
        elif opts.full_size:
            args = []
        else:
            args = normalize_args(DEFAULT_ARGS.get(name, []))
        path = os.path.join(BENCH_DIR, name + ".py")
        if threaded:
            for t in thread_counts:
                rows.append(("%s[T=%d]" % (name, t), path, [str(t)] + args))
        else:
            rows.append((name, path, args))
    return rows


def fmt_s(x):
    return "-" if x is None else "%.3f" % x


def fmt_mb(kb):
    return "-" if not kb else "%.1f" % (kb / 1024.0)


def main(argv):
    global BENCH_DIR
    opts = parse_args(argv)
    BENCH_DIR = os.path.abspath(opts.dir)
    if opts.runs < 1:
        log("side_by_side: --runs must be >= 1")
        return 2
    rows = plan(opts)
    if opts.list:
        for name, path, args in rows:
            print("%-20s %s" % (name, " ".join([os.path.relpath(path, REPO)] + args)))
        return 0
    morel = resolve_exe(opts.morel)
    python = resolve_exe(opts.python)
    if python is None:
        log("side_by_side: python interpreter %r not found" % opts.python)
        return 2
    if morel is None:
        log("side_by_side: morel binary %r not found (build with "
            "`cargo build --release` or pass --morel PATH)" % opts.morel)
        return 2
    morel_flags = shlex.split(opts.morel_flags)
    log("morel:   %s %s" % (morel, " ".join(morel_flags)))
    log("python3: %s" % python)
    log("runs: %d, timeout: %gs, benchmarks: %d" % (opts.runs, opts.timeout, len(rows)))

    if opts.specializers:
        return compare_specializers(opts, rows, morel, python, morel_flags)

    results = []
    for name, path, args in rows:
        py_cmd = [python, path] + args
        mo_cmd = [morel] + morel_flags + [path] + args
        py_runs, mo_runs = [], []
        status, note = "ok", ""
        morel_dead = False
        for i in range(opts.runs):
            # alternate which interpreter goes first to spread out drift
            order = ["morel", "python"] if i % 2 == 0 else ["python", "morel"]
            for who in order:
                if who == "morel" and morel_dead:
                    continue
                if who == "python" and status == "PYFAIL":
                    continue
                r = run_once(mo_cmd if who == "morel" else py_cmd, opts.timeout)
                log("  %-22s %-6s run %d: %-7s %8.3fs %8.1f MB"
                    % (name, who, i + 1, r.status, r.seconds, r.maxrss_kb / 1024.0))
                if who == "python":
                    if r.status != "ok":
                        status = "PYFAIL"
                        note = "python3: " + r.last_stderr_line()
                        continue
                    py_runs.append(r)
                else:
                    if r.status != "ok":
                        morel_dead = True
                        if status == "ok":
                            status = "TIMEOUT" if r.status == "timeout" else "FAIL"
                            note = r.last_stderr_line()
                        continue
                    mo_runs.append(r)
            if status == "PYFAIL":
                break
        # compare outputs: every morel run against python3's first output
        if status == "ok" and py_runs:
            ref = py_runs[0].stdout
            for r in py_runs[1:]:
                if r.stdout != ref:
                    note = "python3 output not deterministic"
            for r in mo_runs:
                if r.stdout != ref:
                    status = "MISMATCH"
                    note = first_difference(ref, r.stdout)
                    break
        py_t = summary(opts)([r.seconds for r in py_runs])
        mo_t = summary(opts)([r.seconds for r in mo_runs])
        ratio = None
        if py_t and mo_t is not None and status in ("ok", "MISMATCH"):
            ratio = mo_t / py_t
        py_rss = max([r.maxrss_kb for r in py_runs] or [0])
        mo_rss = max([r.maxrss_kb for r in mo_runs] or [0])
        if status != "ok":
            log("%s %s: %s" % (status, name, note))
        results.append({
            "benchmark": name, "args": args, "status": status, "note": note,
            "python_s": py_t, "morel_s": mo_t, "ratio": ratio,
            "python_rss_kb": py_rss, "morel_rss_kb": mo_rss,
            "python_runs": [r.seconds for r in py_runs],
            "morel_runs": [r.seconds for r in mo_runs],
        })

    # table
    print("| benchmark | args | python3 s | morel s | morel/python3 "
          "| python3 RSS MB | morel RSS MB | status |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        st = r["status"]
        if r["note"] and st != "ok":
            st += ": " + r["note"].replace("|", "\\|")
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["benchmark"], " ".join(r["args"]), fmt_s(r["python_s"]),
            fmt_s(r["morel_s"]),
            "-" if r["ratio"] is None else "%.2f" % r["ratio"],
            fmt_mb(r["python_rss_kb"]), fmt_mb(r["morel_rss_kb"]), st))
    ok = [r["ratio"] for r in results if r["status"] == "ok" and r["ratio"]]
    geo = None
    if ok:
        geo = math.exp(sum(math.log(x) for x in ok) / len(ok))
        print("\ngeometric mean morel/python3 over %d of %d benchmarks "
              "(status ok): %.3f" % (len(ok), len(results), geo))
    else:
        print("\nno benchmark ran successfully under morel; no geometric mean")
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump({"morel": morel, "morel_flags": morel_flags,
                       "python": python, "runs": opts.runs,
                       "geomean": geo, "results": results}, f, indent=2)
    return 0 if all(r["status"] == "ok" for r in results) else 1


def compare_specializers(opts, rows, morel, python, morel_flags):
    """--specializers a,b,...: a table of benchmark by strategy, each cell
    morel's median (or fastest, --stat min) time / python3's (same run)."""
    names = [x.strip() for x in opts.specializers.split(",") if x.strip()]
    table = []
    failed = False
    for name, path, args in rows:
        py = []
        per = {s: [] for s in names}
        ref = None
        for i in range(opts.runs):
            r = run_once([python, path] + args, opts.timeout)
            if r.status == "ok":
                py.append(r.seconds)
                ref = r.stdout if ref is None else ref
            for s in names:
                r = run_once([morel] + morel_flags + ["--specializer", s, path] + args, opts.timeout)
                ok = r.status == "ok" and (ref is None or r.stdout == ref)
                log("  %-22s %-8s run %d: %-7s %8.3fs" % (name, s, i + 1, r.status if ok else "BAD", r.seconds))
                if ok:
                    per[s].append(r.seconds)
                else:
                    failed = True
        pt = summary(opts)(py)
        table.append((name, pt, {s: (summary(opts)(per[s]) / pt if per[s] and pt else None) for s in names}))
    print("| benchmark | python3 s | " + " | ".join(names) + " |")
    print("|---|---:|" + "---:|" * len(names))
    for name, pt, cells in table:
        print("| %s | %s | %s |" % (name, fmt_s(pt), " | ".join("-" if cells[s] is None else "%.2f" % cells[s] for s in names)))
    geo = []
    for s in names:
        xs = [cells[s] for _, _, cells in table if cells[s]]
        geo.append("%.2f" % math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else "-")
    print("| geometric mean | | " + " | ".join(geo) + " |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
