# mapping patterns don't require exact keys; duplicate capture names are compile errors are avoided
config = {"db": {"host": "h", "port": 5432}, "debug": True, "extra": 1}
match config:
    case {"db": {"host": str(host), "port": int(port)}, "debug": bool(debug)}:
        result = (host, port, debug)
assert result == ("h", 5432, True)

from collections import OrderedDict, defaultdict
match defaultdict(int, {"k": 1}):
    case {"k": v}:
        assert v == 1
match OrderedDict(a=1):
    case {"a": 1}:
        print("ordered ok")
match {"missing": 1}:
    case {"k": v}:
        print("no")
    case other:
        print("fallback", other)
