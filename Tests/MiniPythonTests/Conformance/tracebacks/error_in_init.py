class Connection:
    def __init__(self, url):
        self.host = url.split("://")[1]
c = Connection("https://example.com")
print(c.host)
Connection("example.com")
