# === exception variable cleanup ===
try:
    raise ValueError('x')
except ValueError as err:
    saved = err
assert str(saved) == 'x', 'saved'
try:
    err
except NameError as e:
    assert str(e) == "name 'err' is not defined", str(e)
e = 'keep'
try:
    raise KeyError
except KeyError as e:
    pass
e
