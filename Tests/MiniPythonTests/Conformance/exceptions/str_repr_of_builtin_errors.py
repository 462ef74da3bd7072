errors = []
for fn in [lambda: 1 / 0, lambda: {}["k"], lambda: [][1], lambda: int("x"), lambda: None.a, lambda: b"\xff".decode()]:
    try:
        fn()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(repr(e))
    print(str(e), e.args)
