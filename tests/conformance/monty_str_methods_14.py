# === comparison and ordering ===
assert 'apple' < 'banana', 'lt'
assert 'Zebra' < 'apple', 'uppercase first'
assert 'abc' < 'abcd', 'prefix smaller'
assert '' < 'a', 'empty smallest'
assert not ('a' < 'a'), 'not lt self'
assert 'a' <= 'a', 'le self'
assert sorted(['b', 'A', 'a', 'B']) == ['A', 'B', 'a', 'b'], 'sorted'
assert max('hello') == 'o', 'max char'
assert min(['pear', 'fig', 'apple']) == 'apple', 'min str'
assert 'é' > 'z', 'non-ascii after ascii'
'abc' < 5
