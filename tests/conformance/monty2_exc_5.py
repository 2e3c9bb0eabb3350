# raise from None suppresses context
class LookupFailed(Exception):
    pass

def find(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupFailed(f"{k} missing") from None

try:
    find({}, "x")
except LookupFailed as e:
    assert e.__cause__ is None and e.__suppress_context__
    assert isinstance(e.__context__, KeyError)
    print(e)
find({"a": 1}, "b")
