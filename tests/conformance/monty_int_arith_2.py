# === big integers ===
big = 2 ** 100
assert big == 1267650600228229401496703205376, 'value'
assert big + 1 - 1 == big, 'add sub'
assert big // 3 == 422550200076076467165567735125, 'floordiv'
assert big % 1000 == 376, 'mod'
assert -big // 7 == -181092942889747057356671886483, 'neg floordiv'
assert (-big) % 7 == 5, 'neg mod'
assert len(str(2 ** 1000)) == 302, 'digits'
assert int(str(big)) == big, 'round trip'
f = 1
for i in range(1, 26):
    f *= i
assert f == 15511210043330985984000000, 'factorial 25'
assert big.bit_length() == 101, 'bit_length'
assert (big - 1).bit_count() == 100, 'bit_count'
big * big
