# === printing text with lone surrogates ===
text = b'caf\xe9'.decode('utf-8', 'surrogateescape')
assert len(text) == 4 and text[3] == '\udce9', ascii(text)
assert text.encode('utf-8', 'surrogateescape') == b'caf\xe9', 'round trip'
print(ascii(text))
print(repr(text))
try:
    print('ok', text)
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end, e.reason)
print('after')
