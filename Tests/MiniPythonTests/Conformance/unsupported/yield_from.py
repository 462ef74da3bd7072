def chained():
    yield from range(3)
