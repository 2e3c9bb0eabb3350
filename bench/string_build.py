# String building: join, f-strings, concatenation, %-formatting.
def build_join(n):
    return ",".join(str(i * 7 % 1000) for i in range(n))


def build_fstring(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 0.5:.2f}:{i % 3!r}")
    return "|".join(parts)


def build_concat(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2] + str(i % 10)
    return s


def build_percent(n):
    return "".join(["%d-%s;" % (i, "xyz"[i % 3]) for i in range(n)])


total = 0
checksum = 0
for _ in range(4):
    for s in (build_join(30000), build_fstring(30000), build_concat(60000), build_percent(30000)):
        total += len(s)
        checksum = (checksum * 31 + sum(map(ord, s[-50:]))) % 1000000007
print(total, checksum)
