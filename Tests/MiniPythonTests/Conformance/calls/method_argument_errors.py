class Handler:
    def handle(self, event):
        return event
    @staticmethod
    def util(x):
        return x
h = Handler()
for fn in [lambda: h.handle(), lambda: h.handle(1, 2), lambda: h.handle(evnt=1), lambda: Handler.util()]:
    try:
        fn()
    except TypeError as e:
        print(e)
