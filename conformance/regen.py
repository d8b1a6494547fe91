#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of the conformance programs.

    python3 conformance/regen.py                 # regenerate every expected output
    python3 conformance/regen.py numbers strings # only these areas
    python3 conformance/regen.py errors/recursion_error.py   # one program
    python3 conformance/regen.py --check         # compare, write nothing
    python3 conformance/regen.py --check --python ./target/release/morel
    python3 conformance/regen.py --lint          # only check the language subset

Every program AREA/NAME.py is run as `PYTHON NAME.py` with AREA/ as the
current directory.  Regeneration writes

    NAME.out   stdout, byte for byte
    NAME.code  exit status (decimal + newline)        } only for programs in
    NAME.err   last non-empty line of stderr + newline } errors/ or that exit
                                                        non-zero

and removes stale .code/.err files.  Outside errors/, a non-zero exit or
anything on stderr is reported as a problem (and regeneration fails).
Before writing, each program is run twice with different PYTHONHASHSEED
values and the outputs must agree (a cheap determinism check); programs
slower than --slow seconds are reported.  Regeneration refuses to run with
an interpreter other than CPython 3.11, which is the specification.

--check runs the programs (by default with python3; --python selects e.g.
morel) and compares stdout, exit status and the last stderr line with the
stored files; it prints one line per failing program and a summary, and
exits 1 if anything failed.

The programs must stay inside the first-milestone language subset described
in README.md; regeneration and --lint check that with a syntax-tree lint.
"""

import argparse
import ast
import builtins
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# every folder of programs is an area
AREAS = sorted(d for d in os.listdir(HERE)
               if os.path.isdir(os.path.join(HERE, d)) and not d.startswith(("_", "."))
               and any(f.endswith(".py") for f in os.listdir(os.path.join(HERE, d))))
ERROR_AREA = "errors"

# ---------------------------------------------------------------- the subset

ALLOWED_BUILTINS = set("""
print len range int float str repr bool abs min max sum isinstance type
enumerate zip sorted reversed list tuple dict hash ord chr round divmod pow
any all iter next True False None
""".split())
for _name in dir(builtins):
    _obj = getattr(builtins, _name)
    if isinstance(_obj, type) and issubclass(_obj, BaseException) \
            and not issubclass(_obj, Warning):
        ALLOWED_BUILTINS.add(_name)
ALLOWED_DUNDER_DEFS = {"__init__", "__str__", "__repr__"}
ALLOWED_DUNDER_ATTRS = ALLOWED_DUNDER_DEFS | {"__name__"}
ALLOWED_IMPORTS = {"sys"}
ALLOWED_FROM_MATH = set("""sqrt floor ceil pi e inf nan isnan isinf fabs log
exp sin cos gcd factorial""".split())
FORBIDDEN_NODES = {
    "Lambda": "lambda", "GeneratorExp": "generator expression",
    "SetComp": "set comprehension", "DictComp": "dict comprehension",
    "Set": "set literal", "With": "with", "AsyncWith": "async with",
    "Assert": "assert", "Yield": "yield", "YieldFrom": "yield from",
    "Await": "await", "NamedExpr": "walrus", "Match": "match",
    "Starred": "star unpacking/arguments", "Nonlocal": "nonlocal",
    "AsyncFunctionDef": "async def", "AsyncFor": "async for",
    "IfExp": "conditional expression", "TryStar": "except*",
}


def lint_source(path):
    """Return a list of 'line: problem' strings for constructs outside the subset."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        tree = ast.parse(src, filename=path)
    except SyntaxError as e:
        return ["%s: syntax error: %s" % (e.lineno, e.msg)]
    problems = []
    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            defined.add(node.id)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
        elif isinstance(node, ast.alias):
            defined.add(node.asname or node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)

    def bad(node, msg):
        problems.append("%s: %s" % (getattr(node, "lineno", "?"), msg))

    def visit(node, func_depth):
        kind = type(node).__name__
        if kind in FORBIDDEN_NODES:
            bad(node, FORBIDDEN_NODES[kind])
        if isinstance(node, ast.FunctionDef):
            if func_depth > 0:
                bad(node, "nested def %s" % node.name)
            if node.decorator_list:
                bad(node, "decorator")
            a = node.args
            if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
                bad(node, "*args/**kwargs/keyword-only/positional-only parameters")
            if node.name.startswith("__") and node.name not in ALLOWED_DUNDER_DEFS:
                bad(node, "dunder method %s" % node.name)
        elif isinstance(node, ast.ClassDef):
            if node.decorator_list or node.keywords:
                bad(node, "class decorator/keywords")
            if len(node.bases) > 1:
                bad(node, "multiple inheritance")
        elif isinstance(node, ast.Compare) and len(node.ops) > 1:
            bad(node, "chained comparison")
        elif isinstance(node, ast.FormattedValue):
            if node.conversion != -1:
                bad(node, "f-string conversion (!r/!s/!a)")
            if node.format_spec is not None:
                for part in ast.walk(node.format_spec):
                    if isinstance(part, ast.FormattedValue):
                        bad(node, "nested f-string format spec")
                        break
        elif isinstance(node, ast.Constant):
            if isinstance(node.value, (bytes, complex)):
                bad(node, "%s literal" % type(node.value).__name__)
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("__") and node.attr not in ALLOWED_DUNDER_ATTRS:
                bad(node, "dunder attribute %s" % node.attr)
        elif isinstance(node, ast.Import):
            for al in node.names:
                if al.name not in ALLOWED_IMPORTS or al.asname:
                    bad(node, "import %s" % al.name)
        elif isinstance(node, ast.ImportFrom):
            if node.module != "math":
                bad(node, "from %s import" % node.module)
            for al in node.names:
                if al.name not in ALLOWED_FROM_MATH or al.asname:
                    bad(node, "from math import %s" % al.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if (node.id in dir(builtins) and node.id not in ALLOWED_BUILTINS
                    and node.id not in defined):
                bad(node, "builtin %s" % node.id)
        inner = func_depth + (1 if isinstance(node, ast.FunctionDef) else 0)
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(tree, 0)
    return problems


# ------------------------------------------------------------------- running

def child_env(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def run_program(python, path, seed, timeout):
    folder, name = os.path.split(path)
    start = time.perf_counter()
    try:
        p = subprocess.run([python, name], cwd=folder, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=child_env(seed), timeout=timeout)
        code = p.returncode
        out, err = p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        code = "timeout"
        out, err = e.stdout or b"", e.stderr or b""
    return out, err, code, time.perf_counter() - start


def last_line(err):
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def collect(selectors):
    """Programs (absolute paths) selected by area names or AREA/NAME.py paths."""
    progs = []
    if not selectors:
        selectors = AREAS
    for sel in selectors:
        full = sel if os.path.isabs(sel) else os.path.join(HERE, sel)
        if not os.path.exists(full) and os.path.exists(os.path.abspath(sel)):
            full = os.path.abspath(sel)
        if os.path.isdir(full):
            for fn in sorted(os.listdir(full)):
                if fn.endswith(".py"):
                    progs.append(os.path.join(full, fn))
        elif os.path.isfile(full) and full.endswith(".py"):
            progs.append(full)
        else:
            print("regen: no such area or program: %s" % sel, file=sys.stderr)
            sys.exit(2)
    return progs


def rel(path):
    return os.path.relpath(path, HERE)


def area_of(path):
    return os.path.basename(os.path.dirname(path))


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def write_bytes(path, data):
    if read_bytes(path) != data:
        with open(path, "wb") as f:
            f.write(data)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def regenerate(progs, python, opts):
    problems = 0
    for path in progs:
        base = path[:-3]
        out, err, code, secs = run_program(python, path, 0, opts.timeout)
        out2, err2, code2, _ = run_program(python, path, 12345, opts.timeout)
        tag = rel(path)
        if code == "timeout":
            print("PROBLEM %s: timed out" % tag)
            problems += 1
            continue
        if out != out2 or code != code2 or last_line(err) != last_line(err2):
            print("PROBLEM %s: output differs between runs (not deterministic)" % tag)
            problems += 1
            continue
        is_err_area = area_of(path) == ERROR_AREA
        if not is_err_area:
            if code != 0:
                print("PROBLEM %s: exit status %s outside errors/: %s"
                      % (tag, code, last_line(err)))
                problems += 1
            elif err:
                print("PROBLEM %s: wrote to stderr: %s" % (tag, last_line(err)))
                problems += 1
        if secs > opts.slow:
            print("SLOW    %s: %.2fs" % (tag, secs))
        write_bytes(base + ".out", out)
        if is_err_area or code != 0:
            write_bytes(base + ".code", ("%d\n" % code).encode())
            line = last_line(err)
            write_bytes(base + ".err", (line + "\n").encode("utf-8") if line else b"")
        else:
            remove(base + ".code")
            remove(base + ".err")
        remove(base + ".status")
    print("regenerated %d programs, %d problems" % (len(progs), problems))
    return problems


def check(progs, python, opts):
    failed = []
    for path in progs:
        base = path[:-3]
        tag = rel(path)
        want_out = read_bytes(base + ".out")
        if want_out is None:
            print("MISSING %s: no .out (run regen.py)" % tag)
            failed.append(tag)
            continue
        want_code = read_bytes(base + ".code")
        want_err = read_bytes(base + ".err")
        out, err, code, secs = run_program(python, path, 0, opts.timeout)
        reasons = []
        if code == "timeout":
            reasons.append("timed out after %gs" % opts.timeout)
        else:
            expect_code = int(want_code.decode()) if want_code is not None else 0
            if code != expect_code:
                reasons.append("exit status %s, expected %s (stderr: %s)"
                               % (code, expect_code, last_line(err)[:200]))
            if want_err is not None:
                exp_line = want_err.decode("utf-8").rstrip("\n")
                if last_line(err) != exp_line:
                    reasons.append("last stderr line %r, expected %r"
                                   % (last_line(err)[:200], exp_line))
        if out != want_out:
            reasons.append(first_diff(want_out, out))
        if reasons:
            failed.append(tag)
            print("FAIL %s: %s" % (tag, "; ".join(reasons)))
        elif opts.verbose:
            print("ok   %s (%.2fs)" % (tag, secs))
    print("%d/%d conformance programs passed" % (len(progs) - len(failed), len(progs)))
    return len(failed)


def first_diff(want, got):
    w = want.decode("utf-8", "replace").split("\n")
    g = got.decode("utf-8", "replace").split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end of output>"
        b = g[i] if i < len(g) else "<end of output>"
        if a != b:
            return "stdout line %d: expected %r, got %r" % (i + 1, a[:160], b[:160])
    return "stdout differs"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("targets", nargs="*", help="areas or AREA/NAME.py (default: all)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("--python", default="python3", help="interpreter to run")
    ap.add_argument("--lint", action="store_true", help="only lint the programs")
    ap.add_argument("--no-lint", action="store_true", help="skip the subset lint")
    ap.add_argument("--timeout", type=float, default=30.0, help="per program, seconds")
    ap.add_argument("--slow", type=float, default=0.2, help="report programs slower than this")
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args(argv)
    if os.sep in opts.python:
        # programs run with their own folder as cwd: make the path absolute
        opts.python = os.path.abspath(opts.python)
    progs = collect(opts.targets)

    lint_problems = 0
    if not opts.no_lint and (opts.lint or not opts.check):
        for path in progs:
            for p in lint_source(path):
                print("LINT %s:%s" % (rel(path), p))
                lint_problems += 1
        if opts.lint:
            print("linted %d programs, %d problems" % (len(progs), lint_problems))
            return 1 if lint_problems else 0

    if opts.check:
        return 1 if check(progs, opts.python, opts) else 0

    ver = subprocess.run([opts.python, "-c",
                          "import sys, platform; print(platform.python_implementation(), "
                          "'%d.%d' % sys.version_info[:2])"],
                         stdout=subprocess.PIPE, text=True)
    if ver.stdout.split() != ["CPython", "3.11"]:
        print("regen: expected outputs must come from CPython 3.11, %s is %s"
              % (opts.python, ver.stdout.strip()), file=sys.stderr)
        return 2
    problems = regenerate(progs, opts.python, opts)
    return 1 if (problems or lint_problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
