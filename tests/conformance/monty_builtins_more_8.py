# === getattr/setattr/delattr on functions ===
def tagged():
    return 1
tagged.label = 'L'
assert getattr(tagged, 'label') == 'L', 'getattr'
setattr(tagged, 'n', 5)
assert tagged.n == 5, 'setattr'
delattr(tagged, 'n')
assert not hasattr(tagged, 'n'), 'delattr'
assert tagged.__name__ == 'tagged', 'name'
assert tagged.__doc__ is None, 'doc'
def documented():
    """Returns nothing."""
assert documented.__doc__ == 'Returns nothing.', documented.__doc__
assert tagged.__defaults__ is None, 'defaults'
def withdef(a, b=2, *, c=3):
    pass
assert withdef.__defaults__ == (2,) and withdef.__kwdefaults__ == {'c': 3}, 'kwdefaults'
delattr(tagged, 'n')
