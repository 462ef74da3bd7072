import json

INIT_COUNT = 0


class Repository:
    instances = 0

    def __init__(self, table):
        Repository.instances += 1
        self.table = table
        self._items = {}

    def put(self, key, value):
        self._items[key] = value
        return len(self._items)

    def get(self, key, default=None):
        return self._items.get(key, default)

    @property
    def size(self):
        return len(self._items)

    @staticmethod
    def make_key(*parts):
        return "#".join(str(p) for p in parts)

    @classmethod
    def from_env(cls, env):
        return cls(env.get("TABLE", "local"))

    def __repr__(self):
        return f"Repository(table={self.table!r}, size={self.size})"


class Service:
    def __init__(self, repo):
        global INIT_COUNT
        INIT_COUNT += 1
        self.repo = repo
        self.invocations = 0

    def __call__(self, event, context):
        self.invocations += 1
        key = Repository.make_key(event["user"], event["day"])
        count = self.repo.get(key, 0) + 1
        self.repo.put(key, count)
        return {"key": key, "count": count, "warm": self.invocations > 1}


service = Service(Repository.from_env({"TABLE": "visits"}))


def lambda_handler(event, context):
    return service(event, context)


for e in [{"user": "ann", "day": 1}, {"user": "ann", "day": 1}, {"user": "bob", "day": 2}]:
    print(json.dumps(lambda_handler(e, None)))
print(service.repo, Repository.instances, INIT_COUNT, service.invocations)
print(isinstance(service, Service), callable(service), hasattr(service.repo, "size"))
service.repo.size = 3
