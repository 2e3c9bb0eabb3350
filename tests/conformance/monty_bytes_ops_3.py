# === bytes decode errors ===
data = b'caf\xc3\xa9 \xff'
assert data.decode('utf-8', 'replace') == 'café \ufffd', 'replace'
assert data.decode('utf-8', 'ignore') == 'café ', 'ignore'
assert data.decode('latin-1') == 'cafÃ© ÿ', 'latin-1'
assert data.decode('ascii', errors='replace') == 'caf\ufffd\ufffd \ufffd', 'ascii replace'
try:
    data.decode('ascii')
except UnicodeDecodeError as e:
    assert e.start == 3 and e.end == 4, (e.start, e.end)
    assert e.reason == 'ordinal not in range(128)', e.reason
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
assert 'é'.encode('ascii', 'replace') == b'?', 'encode replace'
assert 'é'.encode('ascii', 'ignore') == b'', 'encode ignore'
assert 'é'.encode('ascii', 'backslashreplace') == b'\\xe9', 'backslashreplace'
assert 'é'.encode('ascii', 'xmlcharrefreplace') == b'&#233;', 'xmlcharref'
data.decode()
