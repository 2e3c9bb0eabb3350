lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"self": None}
d["self"] = d
print(d)
a = []
b = [a]
a.append(b)
print(a)
print([[]] * 0, [[], []], str(()), (1, (2, (3,))))
