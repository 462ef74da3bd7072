def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2))
counter = 0
def next_id(start=counter):
    return start
counter = 10
print(next_id())
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
