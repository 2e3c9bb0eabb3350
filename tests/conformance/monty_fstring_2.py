# === f-string format specs ===
width = 10
prec = 3
val = 2 / 3
assert f'{val:{width}.{prec}f}' == '     0.667', 'dynamic'
assert f'{"left":<{width}}|' == 'left      |', 'dynamic left'
assert f'{12:#x}' == '0xc', 'hex'
assert f'{12:#010b}' == '0b00001100', 'zero pad bin'
assert f'{-12:010}' == '-000000012', 'zero pad neg'
assert f'{3.0:g}' == '3', 'g drops zero'
assert f'{3.0:#g}' == '3.00000', 'alt g'
assert f'{1000000:,d}' == '1,000,000', 'comma'
assert f'{"abc":.2}' == 'ab', 'truncate'
assert f'{"abc":^7.1}' == '   a   ', 'truncate center'
assert f'{True}' == 'True', 'bool'
assert f'{True:d}' == '1', 'bool d'
assert f'{None!r:>6}' == '  None', 'None'
f'{None:>6}'
