from itertools import groupby
def key(x):
    return x["k"]
data = [{"k": 1}, {"j": 2}]
for k, g in groupby(data, key):
    print(k, list(g))
