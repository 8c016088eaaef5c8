class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(key)) from e

settings = {"name": "demo"}
print(load(settings, "name"))
load(settings, "port")
print("never printed")
