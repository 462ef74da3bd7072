d = {"name": "ann", 1: "one"}
for key in ["nme", 2, (1,), None]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
