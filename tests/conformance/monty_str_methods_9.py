# === startswith / endswith ===
s = 'filename.tar.gz'
assert s.endswith('.gz'), 'endswith'
assert s.endswith(('.zip', '.gz')), 'endswith tuple'
assert not s.startswith(('x', 'y')), 'startswith tuple miss'
assert s.startswith('name', 4), 'startswith start'
assert s.startswith('', 15), 'empty at end'
assert not s.startswith('', 16), 'empty beyond end'
assert s.endswith('file', 0, 4), 'endswith window'
assert s.startswith('gz', -2), 'negative start'
assert s.endswith(()) is False, 'empty tuple'
try:
    s.startswith(['file'])
except TypeError as e:
    assert str(e) == 'startswith first arg must be str or a tuple of str, not list', str(e)
s.endswith('tar', 0, -3)
