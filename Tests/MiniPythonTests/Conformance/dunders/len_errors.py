class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in [BadLen(), StrLen()]:
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
