assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print(e)
try:
    x = 5
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print(e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
