from collections import ChainMap
items = ChainMap({"a": 1}, {"b": 2}).items()
for probe in [("a", 1), ["b", 2], ("a", 2), ("z", 1)]:
    print(probe, probe in items)
for bad in [("a",), ("a", 1, 2), 5]:
    try:
        print(bad in items)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(("a", 1, 2) in items)
