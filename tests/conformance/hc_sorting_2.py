data = [5, -3, 2, -8, 0, 7]
print(sorted(data, key=abs), sorted(data, key=lambda x: (x < 0, x)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda t: t[1])
print(stable)
print(sorted([1.5, 1, True, 0.5]), sorted([[2, 1], [1, 2], [1]]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
nums = list(range(10))
nums.sort(key=lambda n: n % 3)
nums
