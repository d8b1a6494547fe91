# an excepthook that itself raises: both exceptions are reported, the
# original one last
import sys


def hook(kind, value, tb):
    raise KeyError("in hook")


sys.excepthook = hook
raise ValueError("orig")
