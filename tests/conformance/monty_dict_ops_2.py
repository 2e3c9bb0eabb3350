# === dict errors ===
d = {'x': 1}
try:
    d['y']
except KeyError as e:
    assert str(e) == "'y'", str(e)
    assert e.args == ('y',), e.args
try:
    d.pop('y')
except KeyError as e:
    assert e.args == ('y',), e.args
try:
    {}.popitem()
except KeyError as e:
    assert str(e) == "'popitem(): dictionary is empty'", str(e)
try:
    d[[1]] = 2
except TypeError as e:
    assert str(e) == "unhashable type: 'list'", str(e)
try:
    del d['q']
except KeyError as e:
    assert str(e) == "'q'", str(e)
d[(1, [2])]
