def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).foo = 2
except AttributeError as e:
    print(type(e).__name__, e)
