import logging
import sys

plain = logging.getLogger("plain")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(message)s %(request_id)s"))
plain.addHandler(handler)
plain.setLevel(logging.INFO)
adapter = logging.LoggerAdapter(plain, {"request_id": "r-1"})
adapter.info("through adapter %s", "one")
adapter.debug("hidden at INFO")
adapter.warning("count=%d", 3)
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
logging.disable(logging.WARNING)
adapter.warning("disabled")
adapter.error("error still shows")
print(plain.isEnabledFor(logging.WARNING), plain.isEnabledFor(logging.ERROR))
logging.disable("ERROR")
adapter.error("now hidden")
logging.disable(logging.NOTSET)
adapter.info("enabled again")
try:
    logging.disable("LOUD")
except ValueError as e:
    print("ValueError:", e)
