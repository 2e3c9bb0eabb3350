# === bitwise ===
assert 0b1100 & 0b1010 == 0b1000, 'and'
assert 0b1100 | 0b1010 == 0b1110, 'or'
assert 0b1100 ^ 0b1010 == 0b0110, 'xor'
assert ~5 == -6 and ~-1 == 0, 'invert'
assert 1 << 70 == 1180591620717411303424, 'big shift'
assert -16 >> 2 == -4, 'arith shift'
assert -1 >> 100 == -1, 'shift far'
assert 5 >> 10 == 0, 'shift to zero'
assert (1 << 64) - 1 & 0xff == 255, 'mask'
assert -(2 ** 70) & 0xffff == 0, 'neg big and'
assert (2 ** 70) ^ -1 == -(2 ** 70) - 1, 'xor -1'
1 << -1
