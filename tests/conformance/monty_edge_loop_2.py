# === mutating while iterating ===
nums = [1, 2, 3, 4]
for n in nums:
    if n == 2:
        nums.remove(n)
assert nums == [1, 3, 4], nums
items = [1, 2, 3]
for i in items:
    if len(items) < 6:
        items.append(i * 10)
assert items == [1, 2, 3, 10, 20, 30], items
s = {1, 2}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print(e)
d = {'a': 1}
for k in d:
    d.pop(k)
