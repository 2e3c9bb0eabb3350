# Sorting with key functions, reverse, stability, and tuples.
def make_records(n):
    recs = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        recs.append((seed % 1000, "n" + str(seed % 9973), i))
    return recs


recs = make_records(120000)
by_first = sorted(recs, key=lambda r: r[0])
by_name = sorted(recs, key=lambda r: r[1], reverse=True)
by_both = sorted(recs, key=lambda r: (r[0] % 10, r[1]))
words = [r[1] for r in recs[:50000]]
by_len = sorted(words, key=len)
plain = sorted(r[2] * 7919 % 100003 for r in recs)
recs.sort(key=lambda r: -r[2])
print(by_first[0], by_first[-1][0], by_name[0][1], by_both[0][:2], by_len[0], plain[1000], recs[0][2])
