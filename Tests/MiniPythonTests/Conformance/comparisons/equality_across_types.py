print(1 == 1.0, 1 == True, 0 == False, "1" == 1, [1] == (1,), {1: 2} == {1: 2})
print({1, 2} == frozenset({2, 1}), (1, 2) == (1, 2), [1, [2]] == [1, [2]], float("nan") == float("nan"))
print(None == False, 0.0 == -0.0, "a" != "A")
