it = iter("aé😀")
print(type(it).__name__, type(iter("abc")).__name__)
print(next(it), next(it), next(it), next(it, "done"))
print([c for c in "hey"], list(reversed("abc")), "".join(sorted("banana")), dict.fromkeys("aab"))
for i, c in enumerate("xy"):
    print(i, c)
print(tuple("é😀"), set("aa"), {c: ord(c) for c in "ab"})
list(zip("abc", "12"))
