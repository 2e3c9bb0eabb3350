# === string escapes ===
assert len('\n\t\\') == 3, 'simple escapes'
assert '\x41' == 'A', 'hex escape'
assert '\101' == 'A', 'octal escape'
assert '\u00e9' == 'é', 'unicode escape'
assert '\U0001F600' == '😀', 'long unicode'
assert r'\n' == '\\n', 'raw'
assert len(r'\n') == 2, 'raw length'
assert 'a' 'b' 'c' == 'abc', 'implicit concat'
assert '\0' == '\x00', 'null'
assert """multi
line""" == 'multi\nline', 'triple quoted'
assert 'line\
continued' == 'linecontinued', 'backslash newline'
'\a\b\f\v'
