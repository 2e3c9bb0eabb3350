# === chr/ord/bin/hex/oct ===
assert bin(10) == '0b1010' and bin(-10) == '-0b1010', 'bin'
assert hex(255) == '0xff' and hex(-1) == '-0x1', 'hex'
assert oct(64) == '0o100', 'oct'
assert int(bin(2 ** 65), 2) == 2 ** 65, 'big bin'
assert ord('\x00') == 0, 'ord zero'
try:
    ord('')
except TypeError as e:
    assert str(e) == 'ord() expected a character, but string of length 0 found', str(e)
try:
    chr('a')
except TypeError as e:
    assert str(e) == "'str' object cannot be interpreted as an integer", str(e)
bin(1.0)
