# === UTF-16 and UTF-32 decoding ===
assert b'\xff\xfeh\x00i\x00'.decode('utf-16') == 'hi', 'LE BOM'
assert b'\xfe\xff\x00h\x00i'.decode('utf-16') == 'hi', 'BE BOM'
assert b'h\x00i\x00'.decode('utf-16') == 'hi', 'no BOM is little endian'
assert b'\xff\xfeh\x00'.decode('utf-16-le') == '\ufeffh', 'BOM kept with explicit order'
assert b'=\xd8\x00\xde'.decode('utf-16-le') == '😀', 'surrogate pair'
assert b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32') == 'A', 'utf-32 BE BOM'
assert b'A\x00\x00\x00'.decode('utf-32') == 'A', 'utf-32 default'
cases = [
    (b'abc', 'utf-16'),
    (b'\xfe\xffa', 'utf-16'),
    (b'\x00\xd8a\x00', 'utf-16-le'),
    (b'\x00\xdca\x00', 'utf-16-le'),
    (b'a\x00\x00\xd8', 'utf-16-le'),
    (b'\xd8\x00\x00a', 'utf-16-be'),
    (b'abcde', 'utf-32-le'),
    (b'\x00\x00\x11\x00', 'utf-32-le'),
    (b'\x00\xd8\x00\x00', 'utf-32-le'),
    (b'\x00\x00\xfe\xff\x00\x11\x00\x00', 'utf-32'),
]
for data, enc in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, '|', e, '|', e.encoding, e.start, e.end, e.reason)
try:
    b'\x00\xd8'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e.__notes__)
try:
    b'\xff'.decode('l1'), b'\xff'.decode('u8')
except UnicodeDecodeError as e:
    print(e, e.__notes__)
try:
    '\xff'.encode('646', 'nope')
except LookupError as e:
    print(e, e.__notes__)
b'\xff\xfe\x00\xd8'.decode('utf-16')
