import re
import traceback
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    text = re.sub(r'File "[^"]*/', 'File "', traceback.format_exc())
print(text, end="")
