import re
log = "ERROR 2024-01-01 disk; WARN 2024-01-02 cpu; ERROR 2024-01-03 net"
pat = re.compile(r"(ERROR|WARN) (\d{4})-(\d\d)-(\d\d) (\w+)")
for level, y, m, d, what in pat.findall(log):
    print(f"{level:<5} {d}/{m}/{y} {what}")
counts = {}
for m in pat.finditer(log):
    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
print(counts, pat.groups, len(pat.findall(log)))
print(re.sub(r"\d{4}-\d\d-\d\d", "<date>", log))
print(pat.match(log).group(5), pat.search(log, 10).group(1), pat.fullmatch("WARN 2024-01-02 cpu").groups())
