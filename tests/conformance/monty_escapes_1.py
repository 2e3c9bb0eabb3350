# === string escapes ===
samples = ['\\', '\'', '\"', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\0', '\x7f', '\177', '\u00e9', '\U0001f600', '\x1b[0m']
for s in samples:
    print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s])
print('tab\there', 'new\\nline', r'raw\n', 'octal \101\102', 'hex \x41\x42')
print(b'\x00\xff\n\\', rb'\x00', br'\n', len(b'\x00\xff'))
print('line one\
 continued')
multi = """first
  second\tindented
third"""
print(multi.splitlines())
'\u2603 snowman'
