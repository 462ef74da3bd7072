import os
try:
    os.listdir("/tmp/conformance-no-such-dir")
except FileNotFoundError as e:
    print(e)
