def read(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)

for i, x in enumerate(read("enumerate")):
    if i == 1:
        break
print("after enumerate")

for a, b in zip(read("zip"), "xyz"):
    if b == "y":
        break
print("after zip")

def double(v):
    return v * 2
for d in map(double, read("map")):
    if d > 2:
        break
print("after map")

for x in filter(None, read("filter")):
    break
print("after filter")

kept = read("kept")
for i, x in enumerate(kept):
    break
print("kept open:", next(kept))

try:
    for i, x in enumerate(read("exc")):
        raise KeyError(i)
except KeyError as e:
    print("caught", e)
print("end")
