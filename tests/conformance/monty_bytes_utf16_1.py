# === UTF-16 and UTF-32 encoding ===
s = 'hé😀'
assert s.encode('utf-16-le') == b'h\x00\xe9\x00=\xd8\x00\xde', s.encode('utf-16-le')
assert s.encode('utf-16-be') == b'\x00h\x00\xe9\xd8=\xde\x00', s.encode('utf-16-be')
assert s.encode('utf-16') == b'\xff\xfe' + s.encode('utf-16-le'), 'BOM'
assert s.encode('utf-32-le') == b'h\x00\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00', 'utf-32-le'
assert s.encode('utf-32') == b'\xff\xfe\x00\x00' + s.encode('utf-32-le'), 'utf-32 BOM'
assert s.encode('UTF16') == s.encode('utf_16'), 'aliases'
assert ''.encode('utf-16') == b'\xff\xfe' and ''.encode('utf-32-be') == b'', 'empty'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    assert s.encode(enc).decode(enc) == s, enc
print(len(s.encode('utf-16')), len(s.encode('utf-32')))
print('a\ud800b'.encode('utf-16-le', 'replace'), 'a\ud800b'.encode('utf-16-be', 'ignore'))
print('a\ud800b'.encode('utf-16-le', 'backslashreplace'), 'a\udc00'.encode('utf-32-le', 'xmlcharrefreplace'))
print('\ud800'.encode('utf-16-le', 'surrogatepass'), '\udfff'.encode('utf-32-be', 'surrogatepass'))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    try:
        'ok\ud800\udc00x'.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, '|', e, '|', e.encoding, e.start, e.end)
'x\udc80'.encode('utf-16')
