import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


v = {"name": "caf\u00e9", "n": [1, -2, 3.5, 1e-9, 2**70], "ok": True, "none": None,
     "nested": {"list": [[], {}], "s": "\n\t\"\\"}, "emoji": "\U0001f600"}
for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
    text = json.dumps(v, **kw)
    print(json.loads(text) == v, len(text))
print(json.loads(json.dumps([float("inf"), float("-inf")])))
json.dumps(v, sort_keys=True)
