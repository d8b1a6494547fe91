# An exception raised in an except block: __context__ is set, and the new one is reported.


class ConfigError(Exception):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        err = ConfigError("missing setting " + repr(key))
        print("context before raise:", err.__context__)
        raise err


cfg = {"host": "localhost"}
print(load(cfg, "host"))
try:
    load(cfg, "port")
except ConfigError as e:
    print("caught:", e, "| context:", type(e.__context__).__name__, e.__context__)
load(cfg, "timeout")
