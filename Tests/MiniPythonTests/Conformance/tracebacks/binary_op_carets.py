def ratio(hits, total):
    return hits * 100 / total - 0
ratio(3, 0)
