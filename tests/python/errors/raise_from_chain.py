class ConfigError(Exception):
    pass
def read_config(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port is not configured") from e
read_config({})
