import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


x = []
for i in range(1000000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError")
y = [[]] * 3
print(json.dumps(y))
