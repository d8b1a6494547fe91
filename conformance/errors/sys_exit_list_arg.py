# sys.exit with a non-int, non-None argument: printed to stderr, exit status 1.
import sys

try:
    print("start")
    sys.exit([1, "two"])
finally:
    print("finally runs before exit")
