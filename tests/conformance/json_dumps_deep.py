import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


x = []
for i in range(5000):
    x = [x]
s = json.dumps(x)
print(len(s), s[:5], s[-5:])
d = {}
for i in range(3000):
    d = {"k": d}
s = json.dumps(d, indent=1)
print(len(s), s.count("\n"))
