# Models a handler that returns a sorted, paginated listing (a "list my orders"
# API or a leaderboard): it sorts thousands of record dicts by one key with
# key=lambda, by multi-key tuples (with a negated number for descending order),
# with reverse=True, in place with list.sort, relies on sort stability, and
# paginates the results with slices.
# Deterministic: a fixed linear congruential generator instead of random.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % bound


REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "ap-south-1", "eu-central-1"]
NAMES = ["ada", "grace", "linus", "guido", "barbara", "ken", "dennis", "margaret", "edsger", "alan"]


def make_records(rng, count):
    records = []
    for i in range(count):
        records.append({
            "id": i,
            "user": NAMES[rng.next(len(NAMES))] + str(rng.next(100)),
            "region": REGIONS[rng.next(len(REGIONS))],
            "score": rng.next(1000),
            "amount": rng.next(100000) / 100,
            "created": f"2024-{1 + rng.next(12):02d}-{1 + rng.next(28):02d}",
        })
    return records


def fingerprint(records):
    total = 0
    for position, record in enumerate(records):
        total = (total * 31 + record["id"] * (position % 97 + 1)) % 1000000007
    return total


def main():
    rng = Lcg(2024)
    records = make_records(rng, RECORDS)
    prints = []
    by_score = sorted(records, key=lambda r: r["score"])
    prints.append(fingerprint(by_score))
    by_user = sorted(records, key=lambda r: r["user"])
    prints.append(fingerprint(by_user))
    multi = sorted(records, key=lambda r: (r["region"], -r["score"], r["created"], r["id"]))
    prints.append(fingerprint(multi))
    newest = sorted(records, key=lambda r: (r["created"], r["amount"]), reverse=True)
    prints.append(fingerprint(newest))
    # Stability: sort by the secondary key first, then the primary one.
    staged = sorted(records, key=lambda r: r["amount"])
    staged.sort(key=lambda r: r["region"])
    prints.append(fingerprint(staged))
    pairs = [(r["score"], r["user"], r["id"]) for r in records]
    pairs.sort()
    prints.append(sum(p[2] * (i % 13) for i, p in enumerate(pairs)) % 1000000007)
    names = sorted({r["user"] for r in records})
    prints.append(len(names))
    leaderboard = []
    for region in REGIONS:
        in_region = [r for r in records if r["region"] == region]
        in_region.sort(key=lambda r: (-r["score"], r["user"], r["id"]))
        top = in_region[:3]
        leaderboard.append(region + ": " + ", ".join(f"{r['user']}={r['score']}" for r in top))
    pages = 0
    page_sum = 0
    page_size = 25
    for start in range(0, len(multi), page_size):
        page = multi[start:start + page_size]
        pages += 1
        page_sum += page[0]["id"] + page[-1]["id"]
    repeated = 0
    for round_ in range(ROUNDS):
        window = records[round_ * 100:round_ * 100 + 2000]
        ranked = sorted(window, key=lambda r: (r["score"] % 10, r["amount"]))
        repeated += ranked[0]["id"] + ranked[len(ranked) // 2]["id"]
    print("\n".join(leaderboard))
    print(multi[0], newest[0]["id"], staged[0]["id"], names[:5])
    print(f"prints={prints} pages={pages} pageSum={page_sum} repeated={repeated}")
    print(f"checksum {(sum(prints) + page_sum + repeated) % 1000000007}")


RECORDS = 28000
ROUNDS = 60
main()
