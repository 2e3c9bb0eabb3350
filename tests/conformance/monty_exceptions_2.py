# === exception attributes ===
try:
    raise ValueError('a', 2, None)
except ValueError as e:
    assert e.args == ('a', 2, None), e.args
    assert str(e) == "('a', 2, None)", str(e)
    assert repr(e) == "ValueError('a', 2, None)", repr(e)
e2 = KeyError('missing')
assert str(e2) == "'missing'" and repr(e2) == "KeyError('missing')", 'KeyError str'
e3 = Exception()
assert str(e3) == '' and e3.args == () and repr(e3) == 'Exception()', 'empty'
e4 = OSError(2, 'No such file')
assert str(e4) == '[Errno 2] No such file', str(e4)
assert e4.errno == 2 and e4.strerror == 'No such file', 'OSError attrs'
assert isinstance(FileNotFoundError(), OSError), 'hierarchy'
e5 = StopIteration(7)
assert e5.value == 7, 'StopIteration value'
raise e5
