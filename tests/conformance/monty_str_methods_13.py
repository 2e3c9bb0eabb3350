# === str multiplication and concatenation ===
assert 'ab' * 3 == 'ababab', 'repeat'
assert 3 * 'ab' == 'ababab', 'rrepeat'
assert 'ab' * 0 == '', 'repeat zero'
assert 'ab' * -2 == '', 'repeat negative'
assert 'a' + 'b' + 'c' == 'abc', 'concat'
s = ''
for i in range(5):
    s += str(i)
assert s == '01234', 'augmented concat'
assert 'x' * True == 'x', 'repeat bool'
'ab' + 5
