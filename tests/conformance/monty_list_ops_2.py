# === list errors ===
a = [1, 2, 3]
try:
    a.remove(10)
except ValueError as e:
    assert str(e) == 'list.remove(x): x not in list', str(e)
try:
    a.index(10)
except ValueError as e:
    assert str(e) == '10 is not in list', str(e)
try:
    [].pop()
except IndexError as e:
    assert str(e) == 'pop from empty list', str(e)
try:
    a.pop(10)
except IndexError as e:
    assert str(e) == 'pop index out of range', str(e)
try:
    a[5]
except IndexError as e:
    assert str(e) == 'list index out of range', str(e)
try:
    a[5] = 0
except IndexError as e:
    assert str(e) == 'list assignment index out of range', str(e)
a.index(2, 2)
