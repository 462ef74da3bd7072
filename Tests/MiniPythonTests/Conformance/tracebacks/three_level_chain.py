def read_config():
    raise FileNotFoundError(2, "No such file or directory", "/tmp/missing.json")
def load():
    try:
        read_config()
    except OSError as e:
        raise RuntimeError("config unavailable") from e
def main():
    try:
        load()
    except RuntimeError:
        raise ValueError("startup failed")
main()
