print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(2, "little"), (5).to_bytes(length=3))
print((-1).to_bytes(1, signed=True), (-128).to_bytes(1, signed=True), (127).to_bytes(1, signed=True))
print((-2**100).to_bytes(13, signed=True), (2**100 - 1).to_bytes(13, "little", signed=True))
print((2**100).to_bytes(13), (0).to_bytes(0), (-2**63).to_bytes(8, signed=True))
print((2**64 - 1).to_bytes(8, "little"), True.to_bytes(2), (258).to_bytes(2, byteorder="big"))
print((5).to_bytes(1, "big", signed=None), (65).to_bytes(1, signed=[]))
for f in (lambda: (256).to_bytes(), lambda: (-1).to_bytes(1), lambda: (-129).to_bytes(1, signed=True),
          lambda: (128).to_bytes(1, signed=True), lambda: (1).to_bytes(0), lambda: (5).to_bytes(-1),
          lambda: (5).to_bytes(2**70), lambda: (5).to_bytes("a"), lambda: (5).to_bytes(1, 2),
          lambda: (5).to_bytes(1, "middle"), lambda: (5).to_bytes(1, "big", True),
          lambda: (5).to_bytes(1, "big", x=1), lambda: (5).to_bytes(1, byteorder="big", length=1),
          lambda: (2**100).to_bytes(12)):
    try:
        f()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
