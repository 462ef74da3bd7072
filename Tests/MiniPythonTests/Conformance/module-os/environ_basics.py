import os
os.environ["CONFORMANCE_VAR"] = "value"
print(os.environ["CONFORMANCE_VAR"], os.environ.get("CONFORMANCE_VAR"), os.getenv("CONFORMANCE_VAR"))
print(os.environ.get("CONFORMANCE_MISSING"), os.getenv("CONFORMANCE_MISSING", "default"), "CONFORMANCE_VAR" in os.environ)
del os.environ["CONFORMANCE_VAR"]
print(os.getenv("CONFORMANCE_VAR"))
try:
    os.environ["CONFORMANCE_MISSING"]
except KeyError as e:
    print("KeyError", e)
