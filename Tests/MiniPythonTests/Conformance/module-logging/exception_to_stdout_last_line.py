import logging
import sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
try:
    1 / 0
except ZeroDivisionError:
    logging.error("failed: %s", "division")
print("continuing")
