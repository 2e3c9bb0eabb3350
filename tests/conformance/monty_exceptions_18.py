# === raise from None hides context ===
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no key {k!r}') from None
try:
    lookup({}, 'x')
except LookupError as e:
    assert e.__cause__ is None and e.__suppress_context__, 'suppressed'
    assert isinstance(e.__context__, KeyError), 'context still recorded'
lookup({'a': 1}, 'b')
