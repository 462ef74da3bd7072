import os


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def load_config():
    return {
        "table": os.environ.get("TABLE_NAME", "default-table"),
        "batch": int(os.getenv("BATCH_SIZE", "25")),
        "debug": env_bool("DEBUG"),
        "stage": os.environ.setdefault("STAGE", "dev"),
    }


CONFIG = load_config()


def lambda_handler(event, context):
    return {"config": CONFIG, "override": event.get("table", CONFIG["table"])}


print(lambda_handler({}, None))
os.environ["TABLE_NAME"] = "orders"
os.environ["BATCH_SIZE"] = "100"
os.environ["DEBUG"] = "Yes"
print(load_config())
print("STAGE" in os.environ, os.environ["STAGE"], os.environ.get("MISSING"), os.getenv("MISSING", "fallback"))
os.environ["BATCH_SIZE"] = "ten"
try:
    load_config()
except ValueError as e:
    print("ValueError:", e)
print(os.environ["NOT_SET_ANYWHERE"])
