from collections import Counter
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
words = text.split()
counts = Counter(words)
print(f"{len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(3):
    print(f"{word:<6}{n:>3} {'#' * n}")
lengths = sorted({len(w) for w in words})
print(lengths, max(words, key=len))
