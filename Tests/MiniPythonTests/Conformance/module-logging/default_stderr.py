import logging
logging.warning("this goes to stderr with the default format")
print("stdout still works")
