words = ["Ärger", "ÉTÉ", "naïve", "İstanbul", "ﬁne"]
for w in words:
    print(w, len(w), w.lower(), len(w.lower()), w.upper(), len(w.upper()))
