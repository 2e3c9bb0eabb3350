# raise from None hides context in traceback
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k!r} (have {sorted(d)})") from None
print(lookup({"a": 1}, "a"))
lookup({"a": 1, "b": 2}, "z")
