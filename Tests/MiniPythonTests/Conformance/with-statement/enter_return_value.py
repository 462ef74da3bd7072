class Resource:
    def __enter__(self):
        return {"conn": 1}
    def __exit__(self, *args):
        print("closing, args:", args)
with Resource() as r:
    print(r)
with Resource():
    print("no as clause")
