import json
import logging
import sys


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {"level": record.levelname, "message": record.getMessage(), "logger": record.name,
                 "func": record.funcName}
        for key in ("order_id", "user"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(JsonFormatter())
logger = logging.getLogger("orders")
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False


def lambda_handler(event, context):
    logger.info("received %d items", len(event["items"]), extra={"order_id": event["id"]})
    logger.debug("debug detail", extra={"user": "ann"})
    try:
        return sum(event["items"]) / len(event["items"])
    except ZeroDivisionError:
        logger.exception("cannot average")
        return None


print(lambda_handler({"id": "o1", "items": [1, 2]}, None))
print(lambda_handler({"id": "o2", "items": []}, None))
plain = logging.getLogger("plain")
