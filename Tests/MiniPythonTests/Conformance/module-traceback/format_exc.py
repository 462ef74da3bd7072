import re
import traceback
def fail():
    return {}["missing"]
try:
    fail()
except KeyError:
    text = traceback.format_exc()
lines = re.sub(r'File "[^"]*/', 'File "', text).splitlines()
for line in lines:
    print(line)
print(text.endswith("\n"))
