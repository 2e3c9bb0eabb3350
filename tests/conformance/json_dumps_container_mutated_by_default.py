import json
d = {"a": {1}, "b": 2}
def grow(o):
    d["c" + str(len(d))] = len(d)
    return sorted(o)
try:
    print(json.dumps(d, default=grow))
except Exception as e:
    print(type(e).__name__, e)
print(d)
d2 = {"a": {1}, "b": 2, "c": 3}
def shrink(o):
    d2.pop("c", None)
    return 0
print(json.dumps(d2, default=shrink))
d3 = {"a": {1}, "b": 2}
def big(o):
    for i in range(20):
        d3["k%d" % i] = i
    return 0
print(json.dumps(d3, default=big))
l = [{1}, 2, 3]
def cut(o):
    del l[1:]
    return 0
print(json.dumps(l, default=cut))
