# sys.argv and sys.exit caught as SystemExit: codes, messages, finally.
import sys

print(sys.argv, len(sys.argv), type(sys.argv).__name__, sys.argv[0].endswith(".py"))
for arg in [None, 0, 3, "message", [1, 2], -1, True]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", type(e).__name__, repr(e.code), e.args, repr(str(e)))
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code, e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare class", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code, e.args)
try:
    sys.exit(5)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, isinstance(e, Exception))
log = []


def leave():
    try:
        log.append("try")
        sys.exit("bye")
    finally:
        log.append("finally")


try:
    leave()
except SystemExit as e:
    log.append("handled " + str(e))
print(log)
try:
    try:
        sys.exit(2)
    except SystemExit:
        raise
except SystemExit as e:
    print("re-raised", e.code)
argv_copy = list(sys.argv)
sys.argv.append("extra")
print(len(sys.argv), argv_copy == sys.argv[:1])
