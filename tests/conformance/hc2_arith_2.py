# float floor division and modulo follow the sign of the divisor
vals = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e300, 1e-300)]
for a, b in vals:
    print(a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
print(5 % 0.5, 5.25 % 0.5)
(-1) % 1e100
