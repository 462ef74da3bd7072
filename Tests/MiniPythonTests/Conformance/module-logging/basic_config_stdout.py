import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("hidden debug")
logging.info("info shown")
logging.warning("warn %s", "arg")
logging.error("error %d items", 3)
log = logging.getLogger("app.db")
log.info("from named logger")
log.debug("also hidden")
