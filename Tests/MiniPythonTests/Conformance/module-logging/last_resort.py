import logging
log = logging.getLogger("unconfigured")
log.info("dropped")
log.warning("printed by the last-resort handler")
print("after")
