# bytearray.resize (new in 3.14), and the names in bytearray's argument errors
b = bytearray(b'abc')
print(b.resize(5), b, b.resize(1), b, b.resize(0), b, len(b))
b.resize(3)
b[0] = 65
print(b, b.resize(True), b)
for call in (lambda: b.resize(-1), lambda: b.resize('a'), lambda: b.resize(), lambda: b.resize(1, 2),
             lambda: b.resize(size=1), lambda: b.resize(1.0), lambda: b.insert(x=1),
             lambda: b.pop(x=1), lambda: b.pop(1, 2), lambda: b.insert(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

class Size:
    def __index__(self):
        return 3

print(bytearray(Size()), bytes(Size()), bytearray(source=2))
for call in (lambda: bytearray(1, 2), lambda: bytearray([1], None), lambda: bytearray('a', 'ascii', 5),
             lambda: bytearray(encoding=1), lambda: bytearray('a', x=1), lambda: bytearray(1, 2, 3, 4),
             lambda: bytearray('a'), lambda: bytearray(1.5), lambda: format(1, None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
