# === % formatting corner cases ===
print('%.3s|%5.1s|%-4c|' % ('abcdef', 'xyz', 'q'))
print('%5s|%-5s|%05.1f|%+.2e' % ('ab', 'cd', 2.25, 12345.0))
print('%d %s %r' % (3.7, 3.7, 3.7))
print('%o %#o %#X' % (-8, 0, 255))
print('%s' % None, '%d' % True, '%5.2s|' % True)
print('%(x)s and %(x)s' % {'x': 'twice'})
print('%-+8.2f|% 08.2f|' % (3.14159, -3.14159))
print('%3%|' % () if False else '%%|' % ())
print('%c' % 0x1F600, '%c' % 'é')
print('%.0f %.0f %.0f' % (0.5, 1.5, 2.5))
print('%10.4g|%-10.2e|' % (123.456789, 0.000123))
'%x' % 3.0
