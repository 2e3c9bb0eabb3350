print(sum([1, 2], 3))
words = ["a", "b"]
try:
    print(sum(words, ""))
except Exception as e:
    print(type(e).__name__ + ":", e)
