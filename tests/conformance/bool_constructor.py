for v in (0, 1, -2**100, 0.0, -0.0, float("nan"), None, "", "a", [], [0], (), {}, True, 3):
    print(repr(v), bool(v))
print(bool(), repr(True), str(False), f"{True}", format(True, ""), format(True, "d"), True.__class__)
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(False).__name__)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio())
print(hash(True), hash(False), int(True), float(False), str(True + 0), True.conjugate())
for f in (lambda: bool(1, 2), lambda: bool(x=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
