try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        {}["second"]
except KeyError as e:
    print("outer caught", repr(e), "context", repr(e.__context__))
