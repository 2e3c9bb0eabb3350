# assertion errors with messages
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x
print(check(3))
for v in ("s", -1):
    try:
        check(v)
    except AssertionError as e:
        print(repr(e), e.args)
assert [] , "empty list is falsy"
