try:
    {}["a"]
except KeyError:
    print(undefined)
