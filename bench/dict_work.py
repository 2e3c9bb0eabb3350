# Dict work: insertion, lookup, update, counting, get with default, deletion.
def word_counts(n):
    counts = {}
    for i in range(n):
        w = "w" + str((i * 2654435761) % 5003)
        counts[w] = counts.get(w, 0) + 1
    return counts


def lookups(d, n):
    hits = 0
    for i in range(n):
        key = "w" + str(i % 6000)
        if key in d:
            hits += d[key]
    return hits


def updates(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    for i in range(0, n, 2):
        del d[i]
    d.update({i: -i for i in range(n, n + 1000)})
    total = 0
    for k, v in d.items():
        total += k ^ v
    return len(d), total


c = word_counts(300000)
print(len(c), max(c.values()), lookups(c, 300000), updates(200000))
