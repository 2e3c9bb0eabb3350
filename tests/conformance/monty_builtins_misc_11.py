# === repr/ascii/str/format builtins ===
assert ascii('café') == "'caf\\xe9'", 'ascii'
assert ascii(['ü']) == "['\\xfc']", 'ascii list'
assert ascii('😀') == "'\\U0001f600'", 'ascii emoji'
assert repr(None) == 'None' and repr(...) == 'Ellipsis', 'singletons'
assert format('x', '>3') == '  x', 'format'
assert format(1.5) == '1.5', 'format no spec'
assert str(NotImplemented) == 'NotImplemented', 'NotImplemented'
assert repr(print) == '<built-in function print>', 'builtin repr'
assert repr(len) == '<built-in function len>', 'len repr'
assert repr(int) == "<class 'int'>", 'class repr'
assert repr(ValueError) == "<class 'ValueError'>", 'exc class repr'
repr(ValueError('bad', 2))
