# === isinstance / type ===
assert isinstance(1, int) and isinstance(True, int), 'bool is int'
assert isinstance(1.0, (int, float)), 'tuple'
assert not isinstance('s', (list, tuple)), 'not'
assert type(1) is int and type(True) is bool, 'type'
assert type([]) == list, 'type eq'
assert issubclass(bool, int), 'issubclass'
assert issubclass(KeyError, LookupError), 'exc hierarchy'
assert issubclass(int, (str, object)), 'tuple issubclass'
assert type(None).__name__ == 'NoneType', 'NoneType'
assert isinstance(int, type), 'type of types'
assert int.__name__ == 'int', 'name'
isinstance(1, 'int')
