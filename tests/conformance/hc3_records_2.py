from collections import defaultdict, Counter
logs = """2024-01-01 ERROR disk full
2024-01-01 INFO started
2024-01-02 WARN slow response
2024-01-02 ERROR timeout
2024-01-03 INFO stopped
2024-01-03 ERROR disk full"""
levels = Counter()
by_day = defaultdict(list)
for line in logs.splitlines():
    day, level, msg = line.split(" ", 2)
    levels[level] += 1
    by_day[day].append((level, msg))
print(levels.most_common())
print(dict(by_day))
errors = [msg for entries in by_day.values() for lvl, msg in entries if lvl == "ERROR"]
print(Counter(errors).most_common(1))
assert levels["ERROR"] == 3
levels
