# Models a CPU-bound handler that crunches a payload in pure Python: computing an
# ETag-like CRC-32 (table-driven) and FNV-1a and Adler-32 checksums over text, a
# prime sieve (as for sharding keys), a small matrix multiply (as for a scoring
# model), and running statistics over a numeric series -- tight while/for loops,
# integer bit operations, list indexing and float arithmetic.
# Deterministic: no time, no random; prints one checksum line at the end.


def crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def crc32(text, table):
    crc = 0xFFFFFFFF
    for ch in text:
        crc = table[(crc ^ ord(ch)) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def fnv1a(text):
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def adler32(text):
    a, b = 1, 0
    for ch in text:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [n for n in range(limit + 1) if flags[n]]


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    result = [[0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        out = result[i]
        for k in range(m):
            aik = row[k]
            bk = b[k]
            for j in range(p):
                out[j] += aik * bk[j]
    return result


def stats(series):
    count = 0
    mean = 0.0
    m2 = 0.0
    low = high = series[0]
    for x in series:
        count += 1
        delta = x - mean
        mean += delta / count
        m2 += delta * (x - mean)
        if x < low:
            low = x
        if x > high:
            high = x
    return count, mean, m2 / (count - 1), low, high


def main():
    table = crc32_table()
    payload = "".join(f"{{\"id\":{i},\"name\":\"item-{i % 113}\",\"ok\":{'true' if i % 3 else 'false'}}}\n"
                      for i in range(PAYLOAD_RECORDS))
    crc = crc32(payload, table)
    fnv = fnv1a(payload)
    adler = adler32(payload)
    primes = sieve(SIEVE_LIMIT)
    size = MATRIX_SIZE
    a = [[(i * size + j) % 17 - 8 for j in range(size)] for i in range(size)]
    b = [[(i + 2 * j) % 13 - 6 for j in range(size)] for i in range(size)]
    c = matmul(a, b)
    trace = sum(c[i][i] for i in range(size))
    corner = c[0][size - 1] + c[size - 1][0]
    series = [((i * 7919) % 1009) / 10 + (i % 13) * 0.25 for i in range(SERIES)]
    count, mean, variance, low, high = stats(series)
    print(f"bytes={len(payload)} crc32={crc:08x} fnv1a={fnv:08x} adler32={adler:08x}")
    print(f"primes={len(primes)} last={primes[-1]} sum={sum(primes)}")
    print(f"trace={trace} corner={corner} stats={count} {mean:.6f} {variance:.6f} {low} {high}")
    print(f"checksum {(crc ^ fnv ^ adler) + len(primes) + trace + corner + int(mean * 1000)}")


PAYLOAD_RECORDS = 15000
SIEVE_LIMIT = 1000000
MATRIX_SIZE = 90
SERIES = 300000
main()
