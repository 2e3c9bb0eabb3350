# === min/max with default and key errors ===
assert max([1, 3, 2], default=0) == 3, 'default unused'
assert min((), default='none') == 'none', 'default empty'
assert max(['a', 'bb', 'c'], key=len) == 'bb', 'key'
assert max([3, 3.0]) == 3 and type(max([3, 3.0])) is int, 'first max wins'
assert min([2.0, 2]) == 2.0 and type(min([2.0, 2])) is float, 'first min wins'
for call in [lambda: max(1, 2, default=0), lambda: max(), lambda: min([], key=len), lambda: max([1, 'a'])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
max([1], key=None, default=5)
