inf, nan = float("inf"), float("nan")
z = 1.5 - 2j
for spec in ["", ".2f", ">20", "<20", "^20", "*^21", "g", "G", "e", "E", "f", "F", "n", ".3", ".0f",
             "+", "-", " ", "+.1f", " .1f", "#g", "#.0f", ",.1f", "_.2f", ".3e", "10.2g", ".10g",
             "z.1f", "\u00e9>12", "+.3", ".2g"]:
    print(repr(spec), repr(format(z, spec)), repr(format(1j, spec)), repr(format(complex(-0.0, 0.0), spec)))
print(format(1e20 + 1234567j, ",.1f"), format(1 + 2j, "^20.3e"), format(-0.0 - 0j, "z.1f"), format(complex(nan, inf), "F"))
print(format(complex(inf, -inf), ""), format(complex(nan, 1), "g"), format(complex(1e-7, 1e16), ""), format(complex(1e-7, 1e16), "g"))
print(format(1234567.891 + 0.000123j, ".3g"), format(complex(1, 2), ".15"), format(complex(0.1, 0.2), ".17g"), format(3 + 4j, "_.4f"))
print(format(complex(123456789, 987654321), ",g"), format(complex(123456789, 987654321), ",.10g"), format(1e100j, ".1e"))
