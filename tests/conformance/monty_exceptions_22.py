# === the same exception as context twice ===
try:
    raise KeyError('shared')
except KeyError as k:
    shared = k
try:
    raise ValueError('one')
except ValueError as one:
    one.__context__ = shared
    first = one
try:
    raise TypeError('two')
except TypeError as two:
    two.__context__ = shared
    second = two
group = ExceptionGroup('both', [first, second])
raise group
