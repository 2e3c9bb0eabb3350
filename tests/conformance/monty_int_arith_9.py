# === pow variants ===
assert pow(2, 10) == 1024, 'two args'
assert pow(2, 10, 1000) == 24, 'three args'
assert pow(-2, 3, 5) == 2, 'negative base mod'
assert pow(2, 0, 1) == 0, 'mod 1'
assert pow(2.0, 3) == 8.0, 'float'
assert pow(4, 0.5) == 2.0, 'sqrt'
assert 10 ** -2 == 0.01, 'neg exp'
assert pow(base=2, exp=5) == 32, 'keywords'
try:
    pow(2, 3, 0)
except ValueError as e:
    assert str(e) == 'pow() 3rd argument cannot be 0', str(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    assert str(e) == 'pow() 3rd argument not allowed unless all arguments are integers', str(e)
pow(0, -1)
