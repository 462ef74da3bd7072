try:
    {}["a"]
except KeyError:
    raise LookupError("clean message") from None
