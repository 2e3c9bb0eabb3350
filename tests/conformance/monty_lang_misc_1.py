# === conditional expressions and precedence ===
x = 5
assert (x if x > 3 else -x) == 5, 'ternary'
assert ('a' if False else 'b' if False else 'c') == 'c', 'nested ternary'
assert not 1 == 2, 'not precedence'
assert (not 1) == 2 or True, 'parenthesised'
assert 2 + 3 * 4 ** 2 // 5 % 3 == 2 + ((3 * (4 ** 2)) // 5) % 3, 'arith precedence'
assert -2 ** 2 == -4 and (-2) ** 2 == 4, 'unary vs pow'
assert 1 | 2 ^ 3 & 4 == 1 | (2 ^ (3 & 4)), 'bit precedence'
assert (1 < 2) + (3 > 2) == 2, 'bool sum'
assert [1, 2] * 2 + [3] == [1, 2, 1, 2, 3], 'list ops'
assert 'a' 'b' * 2 == 'abab', 'concat binds first'
assert 10 - 2 - 3 == 5 and 2 ** 2 ** 3 == 256, 'associativity'
assert 7 // 2 * 2 == 6 and 7 % 3 * 2 == 2, 'left to right'
x if x < 3 else undefined_thing
