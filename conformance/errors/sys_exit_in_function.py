# sys.exit deep inside calls and loops; SystemExit passes through except Exception.
import sys


def check(values):
    for v in values:
        try:
            if v < 0:
                print("negative value", v, "- exiting")
                sys.exit(2)
            print("ok", v)
        except Exception as e:
            print("not reached", e)


check([1, 2, -1, 3])
print("not reached")
