import logging
import sys
logging.basicConfig(stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("orders")
try:
    [][0]
except IndexError:
    log.exception("lookup failed for %s", "order-1")
print("done")
