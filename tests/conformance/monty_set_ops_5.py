# === set comprehension and dedupe ===
words = ['apple', 'Avocado', 'banana', 'blueberry', 'cherry']
initials = {w[0].lower() for w in words}
assert initials == {'a', 'b', 'c'}, initials
nums = [3, 1, 3, 2, 1]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
assert unique == [3, 1, 2], unique
assert sorted(set(nums)) == [1, 2, 3], 'sorted set'
{x % 3 for x in range(10)}
