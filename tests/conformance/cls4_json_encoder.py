# json.JSONEncoder: subclasses overriding default(), cls= with options, encode() directly
import json
from dataclasses import dataclass, asdict

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "f": frozenset("ab")}, cls=SetEncoder))
print(json.dumps([{1, 2}], cls=SetEncoder, indent=2, sort_keys=True))
print(json.dumps({"b": {2}, "a": 1}, cls=SetEncoder, sort_keys=True, separators=(",", ":")))
print(SetEncoder().encode({"x": {5, 4}}), SetEncoder(indent=1).encode([{1}]))
print(json.JSONEncoder().encode([1, "é"]), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(json.JSONEncoder(sort_keys=True, indent="--").encode({"b": 1, "a": [2]}))
enc = json.JSONEncoder(separators=(";", "="))
print(enc.item_separator, enc.key_separator, enc.encode({"a": 1, "b": 2}), enc.indent, enc.sort_keys)
print(json.JSONEncoder.item_separator, json.JSONEncoder(indent=2).item_separator, isinstance(enc, json.JSONEncoder))

@dataclass
class Point:
    x: int
    y: int

class DataEncoder(json.JSONEncoder):
    def __init__(self, *, tag=None, **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        if isinstance(o, Point):
            return {"point": asdict(o), "tag": self.tag}
        return super().default(o)

print(json.dumps([Point(1, 2)], cls=DataEncoder, tag="t1"))
print(json.dumps({"p": Point(3, 4)}, cls=DataEncoder, indent=None, sort_keys=True))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"a": "b"}, cls=Upper))

class WithDefaultArg(json.JSONEncoder):
    pass

print(json.dumps({1, 2} - {1}, cls=WithDefaultArg, default=list))

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: json.dumps({"k": object()}, cls=SetEncoder))
attempt(lambda: json.dumps([1], cls=DataEncoder, bogus=1))
attempt(lambda: json.JSONEncoder(1))
attempt(lambda: json.JSONEncoder(bogus=1))
attempt(lambda: json.JSONEncoder().encode())
attempt(lambda: json.JSONEncoder().default(3))
attempt(lambda: json.JSONEncoder(separators=(1, 2)).encode([1, 2]))
attempt(lambda: json.dumps(float("nan"), cls=SetEncoder, allow_nan=False))
json.dumps({"a": [object()]}, cls=SetEncoder)
