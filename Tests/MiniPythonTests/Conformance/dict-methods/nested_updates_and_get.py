config = {"db": {"host": "localhost", "port": 5432}}
config["db"]["port"] += 1
config.setdefault("cache", {})["ttl"] = 60
print(config)
print(config.get("db", {}).get("host"), config.get("missing", {}).get("host", "none"))
print({**config["db"], "host": "remote"}, config["db"]["host"])
