class ConfigError(Exception):
    pass
def load():
    try:
        int("x")
    except ValueError as e:
        raise ConfigError("bad config") from e
try:
    load()
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__)
    print(e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
