# match mapping pattern with non-dict Mapping and duplicate-free get
from collections import OrderedDict, defaultdict
def get_kind(m):
    match m:
        case {"kind": "a", "n": n}:
            return f"a{n}"
        case {"kind": k}:
            return k
        case _:
            return None
dd = defaultdict(int, kind="dd")
print(get_kind(OrderedDict(kind="a", n=1)), get_kind(dd), get_kind({"n": 1}), dict(dd))
print(get_kind([("kind", "x")]), get_kind("kind"))
