#!/usr/bin/env python3
"""Regenerate the profile that optimized builds of morel are compiled with.

    python3 pgo/regen.py                      # profile -> pgo/morel.profdata
    python3 pgo/regen.py --with-benchmarks    # train on benches/python too
    python3 pgo/regen.py -o /tmp/x.profdata   # write elsewhere

Every build reads pgo/morel.profdata (`-Cprofile-use`, set in
.cargo/config.toml): LLVM lays out, inlines and orders branches of the
interpreter by how often each path ran while this script's training
programs ran. Steps:

1. build morel instrumented (`-Cprofile-generate`) into
   target/pgo-generate, once as `cargo build` builds it and once as
   `cargo test` does (their symbols differ; see below);
2. run the training programs with it: every conformance program (the whole
   language, errors included) and the library programs in benches/library.
   The benchmarks of benches/python are left out, as CPython trains its
   PGO builds on its test suite rather than on benchmarks: their figures
   then say what a program nobody trained on gets. (--with-benchmarks adds
   them, at small sizes, for experiments);
3. merge the raw profiles with the toolchain's llvm-profdata
   (`rustup component add llvm-tools` provides it), and record the LLVM
   version that made them in pgo/llvm-version: pgo/rustc-wrapper uses the
   profile only with a compiler whose LLVM major version is not older.

A profile only matches the code it was made from: a function changed since
gets no profile data (it is compiled as without PGO, and still correctly),
so regenerate after changing hot code. See docs/decisions.md ("Profile-
guided optimization") for what it gains and the held-out measurement.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Benchmark arguments for training: the shapes of the real runs, about a
# tenth of their length.
BENCH_ARGS = {
    "alloc": ["2"],
    "closures": ["20"],
    "exceptions": ["50000"],
    "fannkuch": ["8", "1"],
    "fib": ["25"],
    "nbody": ["20000"],
    "nqueens": ["8"],
    "pidigits": ["800"],
    "spectral_norm": ["80"],
}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def llvm_profdata():
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True, check=True).stdout.strip()
    out = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    host = [l.split(": ", 1)[1] for l in out.splitlines() if l.startswith("host: ")][0]
    tool = os.path.join(sysroot, "lib", "rustlib", host, "bin", "llvm-profdata")
    if not os.path.exists(tool):
        sys.exit("pgo/regen.py: %s is missing; install it with `rustup component add llvm-tools`" % tool)
    return tool


def run(morel, script, args, cwd):
    try:
        subprocess.run([morel, script] + args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        log("  timed out (kept what it recorded):", script)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", default=os.path.join(HERE, "morel.profdata"))
    p.add_argument("--with-benchmarks", action="store_true",
                   help="train on benches/python too (experiments only: the shipped profile leaves them out)")
    opts = p.parse_args()
    profdata = llvm_profdata()

    raw = tempfile.mkdtemp(prefix="morel-pgo-")
    env = dict(os.environ)
    env["RUSTFLAGS"] = "-Cprofile-generate=" + raw
    env["CARGO_TARGET_DIR"] = os.path.join(REPO, "target", "pgo-generate")
    # Two builds of the same code: `cargo build` and `cargo test` resolve
    # the dependencies' features differently (dev-dependencies), which
    # changes every crate's metadata hash and with it every mangled symbol,
    # and a profile finds functions by symbol. Both binaries are trained so
    # that the profile serves `cargo build --release` (the binary users run)
    # and `cargo test --release` (whose build of target/release/morel is
    # the one there after `.ci/run`).
    built = os.path.join(env["CARGO_TARGET_DIR"], "release", "morel")
    binaries = []
    for what, cmd in (("cargo build", ["cargo", "build", "--release", "--bin", "morel"]),
                      ("cargo test", ["cargo", "test", "--workspace", "--release", "--no-run"])):
        log("building the instrumented morel as %s does (target/pgo-generate)" % what)
        subprocess.run(cmd, cwd=REPO, env=env, check=True)
        copy = os.path.join(raw, "morel-" + what.split()[1])
        shutil.copy2(built, copy)
        binaries.append(copy)

    progs = sorted(glob.glob(os.path.join(REPO, "conformance", "*", "*.py")))
    libs = sorted(glob.glob(os.path.join(REPO, "benches", "library", "*.py")))
    for morel in binaries:
        log("training %s: %d conformance programs, %d library programs"
            % (os.path.basename(morel), len(progs), len(libs)))
        for prog in progs:
            run(morel, os.path.basename(prog), [], os.path.dirname(prog))
        for prog in libs:
            run(morel, prog, [], REPO)
        if opts.with_benchmarks:
            for name, args in sorted(BENCH_ARGS.items()):
                run(morel, os.path.join(REPO, "benches", "python", name + ".py"), args, REPO)

    raws = glob.glob(os.path.join(raw, "*.profraw"))
    log("merging %d raw profiles into %s" % (len(raws), opts.output))
    subprocess.run([profdata, "merge", "--sparse", "-o", opts.output] + raws, check=True)
    shutil.rmtree(raw)
    with open(os.path.join(os.path.dirname(os.path.abspath(opts.output)), "llvm-version"), "w") as f:
        f.write(llvm_version() + "\n")


def llvm_version():
    out = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    return [l.split(": ", 1)[1] for l in out.splitlines() if l.startswith("LLVM version: ")][0]


if __name__ == "__main__":
    main()
