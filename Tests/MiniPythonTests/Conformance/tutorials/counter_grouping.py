from collections import Counter, defaultdict, namedtuple, OrderedDict, deque
from itertools import groupby, islice, chain
from functools import lru_cache, reduce, partial

Sale = namedtuple("Sale", ["region", "product", "units"])

SALES = [Sale("eu", "pen", 3), Sale("us", "pad", 1), Sale("eu", "pad", 5),
         Sale("us", "pen", 2), Sale("ap", "pen", 7), Sale("eu", "pen", 1)]


@lru_cache(maxsize=None)
def unit_price(product):
    print("looking up", product)
    return {"pen": 1.5, "pad": 4.0}[product]


def lambda_handler(event, context):
    units = Counter()
    for s in SALES:
        units[s.product] += s.units
    by_region = defaultdict(int)
    for s in SALES:
        by_region[s.region] += s.units * unit_price(s.product)
    ordered = sorted(SALES, key=lambda s: (s.region, -s.units))
    groups = {k: [s.units for s in g] for k, g in groupby(ordered, key=lambda s: s.region)}
    recent = deque(maxlen=3)
    for s in SALES:
        recent.append(s.units)
    return {
        "units": dict(units),
        "top": units.most_common(1),
        "revenue": dict(sorted(by_region.items())),
        "groups": groups,
        "recent": list(recent),
        "first_two": list(islice(chain([0], (s.units for s in SALES)), 3)),
        "product": reduce(lambda a, b: a * b, (s.units for s in SALES), 1),
    }


result = lambda_handler({}, None)
for key, value in result.items():
    print(f"{key}: {value}")
print(SALES[0], SALES[0]._asdict(), SALES[0].units)
words = Counter("the quick the lazy the end".split())
print(words, words["missing"], words.most_common(2))
print(OrderedDict(a=1, b=2), partial(int, base=2)("101"), unit_price.cache_info())
