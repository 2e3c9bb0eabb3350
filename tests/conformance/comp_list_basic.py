print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(3)] for x in range(3)])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words], [w[0].upper() + w[1:] for w in words])
print([i for i in []])
