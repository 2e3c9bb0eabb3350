# dict mutation during iteration error
d = {"a": 1, "b": 2}
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
d2 = {i: i for i in range(3)}
for k in d2:
    del d2[k]
