# a user's sys.excepthook receives the uncaught exception instead of the
# default traceback; the exit status stays 1
import sys

print(sys.excepthook is sys.__excepthook__)


def hook(kind, value, tb):
    print("hook", kind.__name__, value, value.args)


sys.excepthook = hook
print("before")
raise ValueError("hooked", 2)
