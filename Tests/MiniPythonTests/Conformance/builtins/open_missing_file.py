try:
    open("/tmp/conformance-definitely-missing-file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
open("/tmp/conformance-definitely-missing-file.txt")
