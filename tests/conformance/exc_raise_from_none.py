def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no such key: " + key) from None
print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
