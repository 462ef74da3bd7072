words = ["Straße", "STRASSE", "ẞ", "ΣΊΣΥΦΟΣ", "ﬁle", "ſ", "µ", "İ", "Ǆ", "ŉ", "plain"]
for w in words:
    print(repr(w), repr(w.casefold()), w.casefold() == w.lower())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("ΟΔΟΣ ΣΑΣ Σ.".lower(), "AΣ-b".lower(), "ΣA".lower(), "A'Σ'".lower())
