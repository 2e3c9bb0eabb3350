for v in (0, 5, -5, 255, -256, 2**63 - 1, -2**63, 2**100, -2**100, True):
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.is_integer())
for v in (7, -2**100, True, False):
    print(v.real, v.imag, v.numerator, v.denominator, type(v.real).__name__)
    print(v.__index__(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-1))
print((1234).__round__(-2), (-1250).__round__(-2), (2**70).__round__(-1))
for f in (lambda: (5).bit_length(1), lambda: (5).as_integer_ratio(1), lambda: (5).__round__(1, 2),
          lambda: (5).__round__(1.5), lambda: (5).__round__(ndigits=1), lambda: (5).real(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
