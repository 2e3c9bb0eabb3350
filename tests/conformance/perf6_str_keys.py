# Short strs compared and hashed word by word: every length up to 17, differences at the
# first, middle and last byte, non-ASCII text, strs built in different ways.
results = []
for n in range(18):
    base = "".join(chr(97 + (k * 7) % 26) for k in range(n))
    same = "".join(list(base))
    d = {base: n}
    row = [base == same, d.get(same), same in d]
    for pos in {0, n // 2, n - 1} if n else ():
        other = base[:pos] + "Z" + base[pos + 1:]
        row.append((other == base, other in d, d.get(other, "-")))
    results.append(row)
for row in results:
    print(row)
words = ["é", "ée", "日本", "日本語", "naïve", "naïvé", "ab\x00c", "ab\x00d", "\x00", ""]
table = {w: i for i, w in enumerate(words)}
print([table.get(w + "") for w in words], [table.get("".join([w, "x"])) for w in words])
print(sorted(set(w * 2 for w in words) & set(words[i] + words[i] for i in range(len(words)))) == sorted(w * 2 for w in words))
counts = {}
for i in range(3000):
    k = "key" + str(i % 37) * (i % 5)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), sum(counts.values()), counts["key"], counts.get("key3333"))
# ordering of short strs: prefixes, NULs, bytes past ASCII, each length up to 9 and beyond
pool = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi",
        "abcdefgi", "abcdefh", "b", "a\x00", "a\x00\x00", "\x00", "\x7f", "é", "\U0010ffff",
        "\U0010fffe", "zzzzzzzz", "zzzzzzzzz", "zzzzzzz{", "日本", "日本語", "abcdZ", "abcZe"]
ordered = sorted(pool)
print(ordered)
print([(x < y, x <= y, x > y, x >= y) for x, y in zip(pool, pool[1:])])
print(max(pool), min(pool[1:]), sorted(pool, reverse=True)[:4])
