# === bytes basics ===
b = b'hello'
assert b[0] == 104, 'index gives int'
assert b[1:3] == b'el', 'slice gives bytes'
assert b + b' world' == b'hello world', 'concat'
assert b * 2 == b'hellohello', 'repeat'
assert b.upper() == b'HELLO', 'upper'
assert b.decode() == 'hello', 'decode'
assert 'héllo'.encode() == b'h\xc3\xa9llo', 'encode'
assert 'héllo'.encode('latin-1') == b'h\xe9llo', 'latin-1'
assert bytes([65, 66]) == b'AB', 'from list'
assert bytes(3) == b'\x00\x00\x00', 'zeros'
assert list(b'ab') == [97, 98], 'iterate'
assert b'l' in b and 108 in b, 'contains'
assert b.find(b'l') == 2 and b.count(b'l') == 2, 'find count'
assert b.hex() == '68656c6c6f', 'hex'
assert bytes.fromhex('68 69') == b'hi', 'fromhex'
assert repr(b'\x00\n\'"') == 'b\'\\x00\\n\\\'"\'', repr(b'\x00\n\'"')
bytes([256])
