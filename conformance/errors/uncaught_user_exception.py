# An uncaught user-defined exception with a message; finally blocks run first.


class ConfigError(Exception):
    pass


def load(name):
    try:
        print("loading", name)
        raise ConfigError("missing key 'port' in " + name)
    finally:
        print("cleanup for", name)


print("start")
load("app.cfg")
print("not reached")
