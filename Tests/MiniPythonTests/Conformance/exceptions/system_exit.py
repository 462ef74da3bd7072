import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print(e.code)
try:
    sys.exit()
except SystemExit as e:
    print(e.code)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
