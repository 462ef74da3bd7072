from urllib.parse import urlencode, parse_qs
print(urlencode({"q": "hello world", "n": 1, "x": "a&b"}))
print(urlencode([("k", "1"), ("k", "2")]), urlencode({"list": [1, 2]}, doseq=True), urlencode({"list": [1, 2]}))
print(parse_qs("a=1&b=2&a=3"), parse_qs("q=hello+world&e=%C3%A9"), parse_qs("empty=&x=1"), parse_qs("empty=&x=1", keep_blank_values=True))
print(parse_qs(""))
