d = {}
for i in range(5):
    d[i] = i * i
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "t", frozenset([1]): "f"}[(1, 2)])
try:
    {[1]: 2}
except TypeError as e:
    print(e)
print(d | {0: "zero"}, {"a": 1} == {"a": 1.0})
d[[1]]
