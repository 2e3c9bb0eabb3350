# === format specs on strings ===
assert format('abc', '') == 'abc', 'empty'
assert format('abc', '<5') == 'abc  ', 'left'
assert format('abc', '*>6') == '***abc', 'fill right'
assert format('abc', '.1') == 'a', 'precision truncates'
assert format('', '^3') == '   ', 'empty center'
assert format('é', '^3') == ' é ', 'unicode center'
assert '{0:<{1}}|'.format('x', 3) == 'x  |', 'nested width'
for spec in ['=5', '+5', ',', 'd', '#']:
    try:
        format('abc', spec)
    except ValueError as e:
        print(spec, e)
format('abc', 'x')
