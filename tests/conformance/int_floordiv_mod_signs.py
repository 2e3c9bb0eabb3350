# floor division and modulo follow the divisor's sign
for a in (7, -7, 2**70, -2**70):
    for b in (2, -2, 3, -3, 2**65, -2**65):
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a // b, a % b, q, r)
print(divmod(-2**63, -1))
