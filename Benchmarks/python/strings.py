# Models a log-processing handler (a CloudWatch Logs subscription or an S3 access-log
# trigger): it formats thousands of log lines with f-strings, %-formatting and
# str.format, then parses them back with split/partition/strip/find, normalises
# fields with replace/lower/upper/zfill, redacts secrets, and builds a report with
# join, ljust/rjust and format specs.
# Deterministic: a fixed linear congruential generator instead of random.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % bound


LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/orders", "/orders/{id}", "/users/{id}/cart", "/health", "/checkout", "/search"]
METHODS = ["GET", "POST", "PUT", "DELETE"]
AGENTS = ["curl/8.4.0", "Mozilla/5.0 (X11; Linux x86_64)", "aws-sdk-python/1.34", "python-requests/2.31"]


def make_line(rng, i):
    level = LEVELS[rng.next(4)]
    path = PATHS[rng.next(len(PATHS))].replace("{id}", str(rng.next(9999)))
    method = METHODS[rng.next(4)]
    status = [200, 201, 204, 400, 404, 500][rng.next(6)]
    millis = rng.next(30000) / 10
    hour, minute, second = rng.next(24), rng.next(60), rng.next(60)
    stamp = f"2024-03-{1 + i % 28:02d}T{hour:02d}:{minute:02d}:{second:02d}.{i % 1000:03d}Z"
    request_id = "%08x-%04x-4%03x" % (i * 2654435761 % 4294967296, rng.next(65536), rng.next(4096))
    agent = AGENTS[rng.next(len(AGENTS))]
    token = "token=" + "abcdef0123456789"[rng.next(16):] + str(i)
    return "{}\t{}\t{}\t{} {} status={} duration={}ms ua=\"{}\" {}".format(
        stamp, request_id, level, method, path, status, millis, agent, token)


def parse_line(line):
    stamp, request_id, level, rest = line.split("\t", 3)
    request, _, tail = rest.partition(" status=")
    method, path = request.split(" ", 1)
    status_text, _, tail = tail.partition(" duration=")
    duration_text, _, tail = tail.partition("ms ua=")
    start = tail.find('"')
    end = tail.rfind('"')
    agent = tail[start + 1:end]
    date, _, clock = stamp.partition("T")
    return {
        "date": date,
        "hour": int(clock[:2]),
        "id": request_id.upper().replace("-", ""),
        "level": level.strip().lower(),
        "method": method,
        "route": "/".join("{id}" if part.isdigit() else part for part in path.split("/")),
        "status": int(status_text),
        "millis": float(duration_text),
        "agent": agent.split("/")[0].lower(),
        "redacted": redact(tail[end + 1:].strip()),
    }


def redact(text):
    key, sep, value = text.partition("=")
    if sep and key.endswith("token"):
        return key + sep + "*" * len(value[:-4]) + value[-4:]
    return text


def main():
    rng = Lcg(7)
    lines = [make_line(rng, i) for i in range(LINES)]
    records = [parse_line(line) for line in lines]
    by_route = {}
    for record in records:
        key = record["method"] + " " + record["route"]
        entry = by_route.get(key)
        if entry is None:
            entry = by_route[key] = [0, 0.0, 0]
        entry[0] += 1
        entry[1] += record["millis"]
        if record["status"] >= 500:
            entry[2] += 1
    report = []
    for key in sorted(by_route):
        count, millis, errors = by_route[key]
        report.append(f"{key:<28}|{count:>6,}|{millis / count:>9.2f}|{errors:>4}")
    text = "\n".join(report)
    words = 0
    upper_chars = 0
    for line in lines:
        cleaned = line.replace("\t", " ").replace('"', "").lower()
        words += len(cleaned.split())
        upper_chars += sum(1 for ch in line[:24] if ch.isdigit())
    ids = "".join(record["id"][:2] for record in records)
    joined = ",".join(record["redacted"] for record in records[:200])
    centred = [record["agent"].center(24, "*") + record["level"].rjust(6) + str(record["hour"]).zfill(3)
               for record in records[:500]]
    print(lines[3])
    print(records[3]["route"], records[3]["id"], records[3]["redacted"], records[3]["millis"])
    print(report[0])
    print(report[-1])
    print(centred[11])
    checksum = len(text) + words + upper_chars + ids.count("A") + len(joined) + sum(len(c) for c in centred)
    print(f"lines={len(lines)} routes={len(by_route)} words={words} digits={upper_chars} checksum {checksum}")


LINES = 24000
main()
