# a class body's own __module__ shows in the last traceback line
class ConfigError(Exception):
    __module__ = "settings"


print(ConfigError.__module__)
raise ConfigError("missing key")
