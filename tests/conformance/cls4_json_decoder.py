# json.JSONDecoder: hooks as attributes, subclasses, json.loads(s, cls=...)
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class PointDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(object_hook=self.hook, *args, **kwargs)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d

doc = '{"a": {"x": 1, "y": 2}, "b": [{"x": 3, "y": 4}], "c": 1.5}'
print(json.loads(doc, cls=PointDecoder))
print(PointDecoder().decode('[{"x": 0, "y": 0}]'))
print(json.loads("[1.5, 2]", cls=json.JSONDecoder, parse_float=str, parse_int=lambda s: int(s) * 10))
dec = json.JSONDecoder(parse_int=float)
print(dec.decode("[1, 2.5]"), dec.object_hook, dec.parse_float is float, dec.parse_int is float, dec.strict)
print(json.JSONDecoder(object_pairs_hook=list).decode('{"a": 1, "b": [true, null]}'))
print(json.JSONDecoder(strict=False).decode('"a\tb"'), isinstance(dec, json.JSONDecoder))

class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())

print(json.loads('["abc"]', cls=Upper))

class Counting(json.JSONDecoder):
    def __init__(self, *, scale=1, **kw):
        super().__init__(parse_int=lambda s: int(s) * scale, **kw)

print(json.loads("[1, 2, {\"k\": 3}]", cls=Counting, scale=100))
print(json.loads(b'{"z": 26}', cls=Counting))

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: json.JSONDecoder().decode("[1,"))
attempt(lambda: json.JSONDecoder().decode("[1] x"))
attempt(lambda: json.JSONDecoder().decode(5))
attempt(lambda: json.JSONDecoder().decode(b"[]"))
attempt(lambda: json.JSONDecoder(1))
attempt(lambda: json.JSONDecoder(bogus=1))
attempt(lambda: json.loads("[]", cls=Counting, bogus=2))
attempt(lambda: json.JSONDecoder().decode('"a\tb"'))
json.loads('{"x": 1, "y": }', cls=PointDecoder)
