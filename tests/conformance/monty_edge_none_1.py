# === None behaviour ===
assert None == None and not (None != None), 'eq'
assert (None or 5) == 5, 'falsy'
assert str(None) == 'None' and repr(None) == 'None', 'str'
assert [None] * 2 == [None, None], 'list'
assert {None: 1}[None] == 1, 'key'
assert type(None)() is None, 'NoneType call'
def f():
    return
assert f() is None, 'return none'
try:
    None < 1
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'NoneType' and 'int'", str(e)
try:
    len(None)
except TypeError as e:
    assert str(e) == "object of type 'NoneType' has no len()", str(e)
try:
    None()
except TypeError as e:
    assert str(e) == "'NoneType' object is not callable", str(e)
for x in None:
    pass
