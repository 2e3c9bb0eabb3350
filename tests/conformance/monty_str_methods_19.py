# === ord/chr round trips ===
word = 'Hello, 世界!'
codes = [ord(c) for c in word]
assert codes[:5] == [72, 101, 108, 108, 111], 'ascii codes'
assert codes[7] == 19990, 'cjk'
assert ''.join(map(chr, codes)) == word, 'round trip'
assert chr(0x1F600) == '😀', 'emoji'
assert len('😀') == 1, 'one code point'
assert 'a😀b'[1] == '😀', 'index emoji'
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'xyz abc')
assert caesar == 'abc def', caesar
chr(0x110000)
