for x in (1.0, 1.5, -2.5, 0.1, -0.0, 5e-324, 1e300):
    print(x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for x in (float("inf"), float("nan")):
    print(x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag)
print((2.5).__round__(), (2.675).__round__(2), (2.5).__round__(None))
print((5.5).__trunc__(), (-5.5).__trunc__(), (5.5).__floor__(), (-5.5).__ceil__(), type((5.5).__floor__()))
