# int.to_bytes defaults, from_bytes signed, float hex round trips
print((5).to_bytes(), (300).to_bytes(2), int.from_bytes(b"\xff", signed=True), int.from_bytes(b"\x00\x01", "little"))
for v in (0.1, -2.5, 1e-310, 3.0):
    h = v.hex()
    print(h, float.fromhex(h) == v)
print(float.fromhex("0x1p-1074"), float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex("inf"))
float.fromhex("0x1p5000")
