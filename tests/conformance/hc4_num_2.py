big = 2 ** 100
print(big, big * big, big // 3, big % 1000007, -big // 7, -big % 7)
print(len(str(3 ** 500)), (10 ** 30 + 1) * (10 ** 30 - 1))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact.bit_length(), hex(fact)[:12], bin(255), oct(-8))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(12345678901234567890 & 0xFFFF, 1 << 70, -(1 << 70) >> 3, ~big)
print(2 ** 64 == float(2 ** 64), 2 ** 53 + 1 == float(2 ** 53 + 1), big > 1e30)
float(10 ** 400)
