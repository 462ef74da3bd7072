print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"))
print(len("€".encode()), "€".encode("utf-8"), "😀".encode())
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"))
