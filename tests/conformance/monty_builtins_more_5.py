# === divmod and // consistency ===
for a in (7, -7, 7.5, -7.5):
    for b in (2, -2, 0.5):
        q, r = divmod(a, b)
        assert q == a // b and r == a % b, (a, b)
        assert q * b + r == a, (a, b, q, r)
        print(a, b, q, r)
divmod(1, 0.0)
