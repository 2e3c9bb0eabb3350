a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr(a), str(d))
