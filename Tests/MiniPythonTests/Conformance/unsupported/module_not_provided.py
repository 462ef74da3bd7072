try:
    import sqlite3
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    from xml import etree
except ImportError as e:
    print(type(e).__name__, e)
print("continues")
