def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)

print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
roman(0)
