inf, nan = float("inf"), float("nan")
print(bool(0j), bool(-0j), bool(complex(-0.0, -0.0)), bool(1j), bool(complex(1e-320, 0)), bool(complex(nan, 0)), bool(complex(0, inf)))
print(not 0j, not 2j, 0j or "empty", 1j and "set", [x for x in (0j, 1j, 0, 2 + 0j) if x])
if 0j:
    print("never")
elif complex(0, -0.0):
    print("never either")
else:
    print("zero is false")
print((1j).__bool__(), (0j).__bool__(), any([0j, 0j]), all([1j, 1]))
