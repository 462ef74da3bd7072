from urllib.parse import urlparse
u = urlparse("https://user:pw@example.com:8443/path/to/page.html;params?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
v = urlparse("/relative/path?x=1")
print(v.scheme == "", v.netloc == "", v.path, v.query)
print(urlparse("http://EXAMPLE.com").hostname, urlparse("http://h").port, urlparse("s3://bucket/key.txt").netloc)
print(u.geturl(), urlparse("HTTP://a.com/b").scheme)
