# === assert statement ===
try:
    assert 1 == 2, 'numbers differ'
except AssertionError as e:
    assert str(e) == 'numbers differ', str(e)
    assert e.args == ('numbers differ',), e.args
try:
    assert [], {'detail': 1}
except AssertionError as e:
    assert e.args == ({'detail': 1},), e.args
try:
    assert False
except AssertionError as e:
    assert e.args == () and str(e) == '', 'bare'
x = 5
assert x > 10, f'x too small: {x}'
