import sys
import traceback
def parse(text):
    return int(text)
try:
    parse("twelve")
except ValueError:
    traceback.print_exc()
print("handled", file=sys.stderr)
raise SystemExit(3)
