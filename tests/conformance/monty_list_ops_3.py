# === sort and sorted ===
words = ['banana', 'Apple', 'cherry', 'apple']
assert sorted(words) == ['Apple', 'apple', 'banana', 'cherry'], 'default'
assert sorted(words, key=str.lower) == ['Apple', 'apple', 'banana', 'cherry'], 'stable key'
assert sorted(words, key=len, reverse=True) == ['banana', 'cherry', 'Apple', 'apple'], 'reverse stable'
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
assert nums == [0, 2, -3, 5, -8], nums
nums.sort(reverse=True)
assert nums == [5, 2, 0, -3, -8], nums
pairs = [(1, 'b'), (0, 'z'), (1, 'a')]
assert sorted(pairs) == [(0, 'z'), (1, 'a'), (1, 'b')], 'tuples'
assert sorted([3, 1.5, True, 0]) == [0, True, 1.5, 3], 'mixed numeric'
assert [].sort() is None, 'sort returns None'
sorted([1, 'a'])
