import json
import string

TEMPLATE = "Dear {name},\nyour order #{order:05d} of {count} item{plural} ships {when}.\n"


def slugify(title):
    allowed = string.ascii_lowercase + string.digits + " -"
    kept = "".join(ch for ch in title.lower() if ch in allowed)
    return "-".join(kept.split())


def lambda_handler(event, context):
    out = []
    for order in event["orders"]:
        count = len(order["items"])
        out.append(TEMPLATE.format(name=order["name"].title(), order=order["id"], count=count,
                                   plural="" if count == 1 else "s", when=order.get("when", "soon")))
    headline = event["headline"]
    return {
        "letters": out,
        "slug": slugify(headline),
        "words": len(headline.split()),
        "title": headline.title(),
        "centered": headline[:12].center(20, "*"),
        "initials": "".join(w[0] for w in headline.split() if w[0].isalpha()).upper(),
        "csv": ",".join(f'"{w}"' if "," in w else w for w in ["a,b", "c", ""]),
        "lines": "one\ntwo\r\nthree\n".splitlines(),
        "stripped": "  ..Hello..  ".strip().strip("."),
        "replaced": headline.replace(" ", "_", 2),
        "found": (headline.find("Lambda"), headline.rfind("x"), "Lambda" in headline),
    }


event = {"headline": "AWS Lambda: 10 Tips, Tricks & Gotchas!",
         "orders": [{"name": "ann lee", "id": 42, "items": ["pen"]},
                    {"name": "BOB", "id": 7, "items": ["a", "b"], "when": "tomorrow"}]}
result = lambda_handler(event, None)
for letter in result.pop("letters"):
    print(letter, end="")
print(json.dumps(result, indent=2, ensure_ascii=False))
print("café".encode("utf-8"), len("café"), "naïve".upper(), "ß".upper(), json.dumps("café"))
