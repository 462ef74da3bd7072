import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(name)s|%(levelname)-8s|%(levelno)d|%(message)s|%(funcName)s")
def work():
    logging.getLogger("svc").info("inside %s", "work")
work()
logging.getLogger().critical("root critical")
logging.log(logging.WARNING, "via log()")
