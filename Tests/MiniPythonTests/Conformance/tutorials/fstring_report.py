from datetime import datetime

rows = [
    {"function": "thumbnail-generator", "invocations": 128450, "errors": 12, "avg_ms": 238.4567, "cost": 1.2},
    {"function": "orders-api", "invocations": 9876543, "errors": 0, "avg_ms": 12.0, "cost": 45.678},
    {"function": "nightly", "invocations": 30, "errors": 3, "avg_ms": 90125.5, "cost": 0.004},
]


def lambda_handler(event, context):
    when = datetime(2024, 5, 17, 9, 3, 7)
    lines = [f"Report for {when:%Y-%m-%d %H:%M} ({when:%b %d})", "=" * 60]
    lines.append(f"{'Function':<22}|{'Calls':>12}|{'Err%':>7}|{'Avg ms':>10}|{'Cost':>8}")
    for r in rows:
        rate = r["errors"] / r["invocations"]
        lines.append(
            f"{r['function']:<22}|{r['invocations']:>12,}|{rate:>7.2%}|{r['avg_ms']:>10.1f}|${r['cost']:>7.2f}"
        )
    total = sum(r["cost"] for r in rows)
    lines.append(f"{'TOTAL':^22}|{sum(r['invocations'] for r in rows):>12_}|{'':>7}|{'':>10}|${total:>7.2f}")
    name = rows[0]["function"]
    width = 30
    lines.append(f"{name!r:>{width}}|{name!s:.5}|{len(name)=}|{total=:.3f}")
    lines.append(f"{42:08d} {255:#x} {255:08b} {3.14159:e} {1234567.891:g} {0.000012345:g} {-7:+d} {7:+d}")
    lines.append(f"{'left':*<10}{'mid':-^11}{'right':.>10}")
    return "\n".join(lines)


print(lambda_handler({}, None))
print("{:,.2f} {:>6} {:<4}| {}".format(1234.5, "ab", "c", [1, "x"]))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
