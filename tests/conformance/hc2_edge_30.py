# sorting stability with reverse and key returning equal keys
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[1])[::-1])
lst = data[:]
lst.sort(key=lambda t: -t[1])
print(lst == sorted(data, key=lambda t: t[1], reverse=True))
def bad_key(t):
    if t[0] == "d":
        raise ValueError("bad element d")
    return t[1]
lst.sort(key=bad_key)
