# === exception chaining ===
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f'bad input {s!r}') from e
try:
    convert('x')
except TypeError as e:
    assert isinstance(e.__cause__, ValueError), 'cause'
    assert e.__suppress_context__ is True, 'suppress'
    assert str(e.__cause__) == "invalid literal for int() with base 10: 'x'", str(e.__cause__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    assert isinstance(e.__context__, KeyError), 'context'
    assert e.__cause__ is None, 'no cause'
convert('y')
