def attempt(label, fn):
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1.5 // 0.0", lambda: 1.5 // 0.0)
attempt("1.5 % 0.0", lambda: 1.5 % 0.0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
