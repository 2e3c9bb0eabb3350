# bytearray mutation
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba, bytes(ba))
ba.insert(0, 33)
ba.remove(ord("X"))
del ba[-1]
print(ba, ba.decode(), ba.reverse(), ba, ba * 2)
ba.clear()
print(ba, bytearray(2), bytearray("hi", "ascii"))
ba.append(300)
