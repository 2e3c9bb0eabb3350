# === object() as a sentinel ===
_MISSING = object()
def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
assert lookup({'a': 1}, 'a') == 1, 'found'
assert lookup({}, 'a', None) is None, 'default None'
assert type(_MISSING).__name__ == 'object', 'type'
assert _MISSING != object(), 'distinct'
lookup({}, 'zz')
