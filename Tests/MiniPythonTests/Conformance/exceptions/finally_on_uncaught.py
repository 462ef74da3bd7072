def work():
    try:
        raise KeyError("missing")
    finally:
        print("cleanup done")
work()
