# Models an analytics handler fed by a Kinesis/SQS batch of click and purchase
# events: it groups events by user, page and hour with dicts, dict.get/setdefault,
# collections.defaultdict and collections.Counter (update, most_common), computes
# per-group sums, counts, minimums, maximums and averages, and emits the top-N.
# Deterministic: a fixed linear congruential generator instead of random; results
# are printed in insertion or sorted order, never from a set.
from collections import Counter, defaultdict


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % bound


KINDS = ["view", "view", "view", "click", "click", "add_to_cart", "purchase", "refund"]
PAGES = ["/", "/shoes", "/shoes/red", "/bags", "/sale", "/cart", "/checkout", "/help"]
COUNTRIES = ["IE", "DE", "FR", "US", "JP", "BR", "IN", "PL"]


def make_events(rng, count):
    events = []
    for i in range(count):
        kind = KINDS[rng.next(len(KINDS))]
        events.append({
            "user": "u" + str(rng.next(4000)),
            "kind": kind,
            "page": PAGES[rng.next(len(PAGES))],
            "country": COUNTRIES[rng.next(len(COUNTRIES))],
            "hour": rng.next(24),
            "cents": rng.next(20000) if kind in ("purchase", "refund") else 0,
        })
    return events


def main():
    rng = Lcg(99)
    events = make_events(rng, EVENTS)
    kinds = Counter(event["kind"] for event in events)
    pages = Counter()
    for event in events:
        pages[event["page"]] += 1
    countries = Counter()
    countries.update(event["country"] for event in events if event["kind"] == "purchase")
    by_user = defaultdict(list)
    for event in events:
        by_user[event["user"]].append(event)
    revenue = defaultdict(int)
    hourly = {}
    funnels = {}
    for event in events:
        cents = event["cents"]
        if event["kind"] == "purchase":
            revenue[event["country"]] += cents
        elif event["kind"] == "refund":
            revenue[event["country"]] -= cents
        bucket = hourly.setdefault(event["hour"], {"count": 0, "max": 0, "min": None})
        bucket["count"] += 1
        if cents > bucket["max"]:
            bucket["max"] = cents
        if cents and (bucket["min"] is None or cents < bucket["min"]):
            bucket["min"] = cents
        key = (event["page"], event["kind"])
        funnels[key] = funnels.get(key, 0) + 1
    spenders = []
    for user, user_events in by_user.items():
        spent = sum(e["cents"] for e in user_events if e["kind"] == "purchase")
        views = len([e for e in user_events if e["kind"] == "view"])
        spenders.append((spent, views, user))
    spenders.sort(key=lambda t: (-t[0], t[2]))
    per_user_pages = Counter()
    for user_events in by_user.values():
        distinct = len({e["page"] for e in user_events})
        per_user_pages[distinct] += 1
    sessions = 0
    for user_events in by_user.values():
        last_hour = -10
        for e in user_events:
            if e["hour"] - last_hour > 1 or e["hour"] < last_hour:
                sessions += 1
            last_hour = e["hour"]
    conversion = {}
    for page in PAGES:
        views = funnels.get((page, "view"), 0)
        bought = funnels.get((page, "purchase"), 0)
        conversion[page] = round(100 * bought / views, 3) if views else 0.0
    print(kinds.most_common(3))
    print(pages.most_common())
    print(countries.most_common(4), dict(revenue))
    print(spenders[:3], sorted(per_user_pages.items()))
    print(hourly[0], hourly[23])
    print(conversion)
    checksum = sum(revenue.values()) + sessions + sum(t[0] for t in spenders[:50]) + len(funnels)
    print(f"events={len(events)} users={len(by_user)} sessions={sessions} checksum {checksum}")


EVENTS = 85000
main()
