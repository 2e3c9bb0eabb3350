# json with default= and special floats
import json
class P:
    def __init__(self, x):
        self.x = x
def enc(o):
    if isinstance(o, P):
        return {"P": o.x}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps({"p": P(1), "s": {3, 1}}, default=enc))
print(json.dumps([float("inf"), float("nan"), -float("inf")]))
print(json.loads("[Infinity, -Infinity]"), json.dumps(1.0), json.dumps(0.1), json.dumps(-0.0))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
json.dumps(object(), default=enc)
