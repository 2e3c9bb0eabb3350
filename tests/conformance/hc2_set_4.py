# dedup preserving order
items = [3, 1, 3, 2, 1, 4, 2]
seen = set()
out = []
for x in items:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, list(dict.fromkeys(items)), sorted(set(items)), len(set(items)))
words = ["b", "a", "b", "c", "a"]
print(list(dict.fromkeys(words)))
{1, 2} == {2, 1}
