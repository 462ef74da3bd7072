from urllib.parse import quote, quote_plus, unquote, unquote_plus
print(quote("a b/c?d=e&f"), quote("a b/c", safe=""), quote("café"), quote("~-._"))
print(quote_plus("a b+c&d=e"), quote_plus("x/y"), quote_plus("x/y", safe="/"))
print(unquote("a%20b%2Fc"), unquote("caf%C3%A9"), unquote("a+b"), unquote_plus("a+b%2Bc"))
print(unquote("%zz"), unquote(""))
