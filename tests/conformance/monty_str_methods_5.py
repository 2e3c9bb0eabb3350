# === justification ===
assert 'abc'.center(9) == '   abc   ', 'center odd'
assert 'abc'.center(8) == '  abc   ', 'center even pad'
assert 'ab'.center(5, '*') == '**ab*', 'center fill'
assert 'abcd'.center(7, '-') == '--abcd-', 'center 7'
assert 'abc'.ljust(6, '.') == 'abc...', 'ljust'
assert 'abc'.rjust(6) == '   abc', 'rjust'
assert 'abc'.rjust(2) == 'abc', 'rjust short'
assert '42'.zfill(5) == '00042', 'zfill'
assert '-42'.zfill(6) == '-00042', 'zfill negative'
assert '+7'.zfill(4) == '+007', 'zfill plus'
assert ''.zfill(3) == '000', 'zfill empty'
assert 'abc'.zfill(-1) == 'abc', 'zfill negative width'
try:
    'abc'.center(10, 'ab')
except TypeError as e:
    assert str(e) == 'The fill character must be exactly one character long', str(e)
'x'.center(4, '=')
