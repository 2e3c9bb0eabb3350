print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words))
print(min([], default="empty"), max((), default=None))
print(max([1, 5, 3], key=lambda v: -v), min("bca", key=ord))
print(max([2, 2.0]), max(2.0, 2), min([(1, "b"), (1, "a")]))
print(max(["aa", "b", "cc"], key=len))
print(min(x for x in [7, 3, 9]), max(range(4), key=lambda i: i % 3))
try:
    max([])
except Exception as e:
    print(type(e).__name__ + ":", e)
