# floor division and modulo with mixed signs
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 1)]
for a, b in pairs:
    q, r = a // b, a % b
    assert q * b + r == a
    assert divmod(a, b) == (q, r)
    print(a, b, q, r)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
[(a // b, a % b) for a, b in pairs]
