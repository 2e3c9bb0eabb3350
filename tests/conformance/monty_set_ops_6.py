# === set errors ===
try:
    {[1]}
except TypeError as e:
    assert str(e) == "unhashable type: 'list'", str(e)
try:
    set().pop()
except KeyError as e:
    assert str(e) == "'pop from an empty set'", str(e)
try:
    {1} + {2}
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'set' and 'set'", str(e)
s = {1}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    assert str(e) == 'Set changed size during iteration', str(e)
{1} < [1]
