parts = ["  Alpha ", "beta", " GAMMA  "]
clean = [p.strip().lower() for p in parts]
print("-".join(clean), "/".join(clean).replace("a", "4", 2).upper())
path = "/".join(["", "var", "task", "app.py"])
print(path, path.split("/")[-1], path.rsplit("/", 1)[0])
