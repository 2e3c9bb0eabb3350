# === partition and splitlines ===
assert 'k=v=w'.partition('=') == ('k', '=', 'v=w'), 'partition'
assert 'k=v=w'.rpartition('=') == ('k=v', '=', 'w'), 'rpartition'
assert 'kvw'.partition('=') == ('kvw', '', ''), 'partition miss'
assert 'kvw'.rpartition('=') == ('', '', 'kvw'), 'rpartition miss'
text = 'line1\nline2\r\nline3\rline4'
assert text.splitlines() == ['line1', 'line2', 'line3', 'line4'], 'splitlines'
assert text.splitlines(keepends=True) == ['line1\n', 'line2\r\n', 'line3\r', 'line4'], 'keepends'
assert 'a\n'.splitlines() == ['a'], 'trailing newline'
assert '\n'.splitlines() == [''], 'only newline'
assert ''.splitlines() == [], 'empty'
assert 'a\x0bb\x0cc\x1cd\u2028e'.splitlines() == ['a', 'b', 'c', 'd', 'e'], 'other breaks'
'a\n\nb'.split('\n')
