inf, nan = float("inf"), float("nan")
for re in (0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-7, 123456789.0, 1e22, 1.5e300, inf, -inf, nan):
    print(repr(complex(re, 1.0)), repr(complex(re, -0.0)), repr(complex(re, 0.0)), str(complex(re, nan)))
for im in (0.0, -0.0, 1.0, -1.0, 0.1, 1e16, 1e-5, 1e-4, 1e15, inf, -inf, nan, -nan):
    print(repr(complex(0.0, im)), repr(complex(-0.0, im)), repr(complex(3.0, im)))
print(repr(complex(0.1, 0.2)), repr(complex(1 / 3, 2 / 3)), str(complex(-1e-300, 5e-324)))
print(f"{complex(1, 2)!r} {complex(1, 2)!s} {complex(-0.0, 0)!a}")
