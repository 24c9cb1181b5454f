class ConfigError(Exception):
    pass


def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        err = ConfigError("port is required")
        err.add_note("hint: set PORT in the environment")
        raise err from e


load({"host": "localhost"})
