# BaseException.add_note: a str only; __notes__ made on the first note, kept in the instance,
# replaceable; a __notes__ that is not a list refuses more notes
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

e = ValueError("v")
print(hasattr(e, "__notes__"))
attempt(lambda: e.add_note(5))
attempt(lambda: e.add_note(None))
attempt(lambda: e.add_note(b"x"))
attempt(lambda: e.add_note())
attempt(lambda: e.add_note("a", "b"))
attempt(lambda: e.add_note("first"))
print(e.__notes__)
n = e.__notes__
e.add_note("second")
print(n is e.__notes__, n)
e.__notes__ = ["replaced"]
e.add_note("third")
print(e.__notes__)
e.__notes__ = ("a", "tuple")
attempt(lambda: e.add_note("fourth"))
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__)

class S(str):
    pass

k = KeyError("k")
k.add_note(S("sub"))
print(k.__notes__, type(k.__notes__[0]).__name__)

try:
    try:
        raise RuntimeError("boom")
    except RuntimeError as err:
        err.add_note("while testing")
        err.add_note("again")
        raise
except RuntimeError as err:
    print(err.__notes__)

err = ValueError("final")
err.add_note("note one")
err.add_note("note two")
raise err
