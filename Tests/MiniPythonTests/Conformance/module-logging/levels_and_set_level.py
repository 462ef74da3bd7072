import logging
import sys
logging.basicConfig(stream=sys.stdout, format="[%(levelname)s] %(message)s")
log = logging.getLogger("handler")
log.info("not shown at default WARNING")
log.warning("shown")
log.setLevel(logging.DEBUG)
log.debug("now debug shows")
log.setLevel("ERROR")
log.warning("hidden again")
log.error("error shows")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, log.level, log.getEffectiveLevel())
print(logging.getLevelName(logging.WARNING), logging.getLogger("handler") is log, log.name)
