# with_traceback and re-raising stored exception
class Stored(Exception):
    pass

saved = None
try:
    raise Stored("first")
except Stored as e:
    saved = e

assert saved.__traceback__ is not None
assert str(saved) == "first"
print("re-raising", saved)
raise saved
