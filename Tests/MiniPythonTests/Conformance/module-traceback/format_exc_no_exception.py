import traceback
print(repr(traceback.format_exc()))
