# === str constructor errors ===
assert str() == '', 'empty'
assert str(b'hi', 'ascii') == 'hi', 'decode'
assert str(b'\xff', 'latin-1') == 'ÿ', 'latin1'
assert str(b'\xff', 'utf-8', 'replace') == '\ufffd', 'replace'
assert str(object=5) == '5', 'object kw'
try:
    str(5, 'utf-8')
except TypeError as e:
    assert str(e) == "decoding to str: need a bytes-like object, int found", str(e)
str(b'\xff', 'utf-8')
