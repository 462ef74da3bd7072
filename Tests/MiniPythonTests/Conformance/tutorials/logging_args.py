import json
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s")
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


def lambda_handler(event, context):
    logger.debug("this stays hidden: %s", event)
    logger.info("## EVENT")
    logger.info(json.dumps(event))
    logger.info("Processing %d records for %s", len(event["records"]), event["source"])
    total = 0
    for number, record in enumerate(event["records"], start=1):
        if record < 0:
            logger.warning("record %d is negative (%r), skipping", number, record)
            continue
        total += record
    logger.info("total=%s average=%.2f", total, total / len(event["records"]))
    try:
        return {"ratio": total / event["divisor"]}
    except ZeroDivisionError as e:
        logger.error("could not compute the ratio: %s", e)
        logger.error("divisor was %(divisor)s", {"divisor": event["divisor"]})
        return {"ratio": None}


print(lambda_handler({"source": "test", "records": [3, -1, 4], "divisor": 2}, None))
print(lambda_handler({"source": "test", "records": [1, 2], "divisor": 0}, None))
print(logger.name, logger.level, logger.isEnabledFor(logging.DEBUG))
