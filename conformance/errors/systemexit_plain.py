# A bare `raise SystemExit` (and sys.exit() / sys.exit(None)) exits with status 0.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() raised SystemExit with code", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("sys.exit('text') code", e.code, e.args)
try:
    raise SystemExit(2)
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("now exiting for real")
raise SystemExit
