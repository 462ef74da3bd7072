for e in [ValueError(), ValueError("one"), ValueError("a", "b"), KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), OSError(2, "No such file"), Exception(None), Exception([1, 2])]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
