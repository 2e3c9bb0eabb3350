log = []
def idx(i):
    log.append("idx %d" % i)
    return i
def val(v):
    log.append("val %r" % (v,))
    return v
data = [10, 20, 30]
data[idx(1)] += val(5)
print(data, log)
log.clear()
nested = {"a": [1, 2]}
nested["a"][idx(0)] *= val(7)
print(nested, log)
counter = {"n": 0}
for _ in range(5):
    counter["n"] += 1
print(counter)
