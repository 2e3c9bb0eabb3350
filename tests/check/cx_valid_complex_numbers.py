# stubs: calendar.pyi
def scale(z: complex, factor: complex) -> complex:
    return z * factor


def norm(z: complex) -> float:
    return abs(z)


w: complex = 1
print(scale(1, 2.5), scale(3j, True), scale(complex(1, 2), 1 + 2j), norm(3 - 4j), w)
print(complex("1+2j").conjugate(), (1j).real + (2j).imag, complex.from_number(4))
print(1j < 2 if False else (-8) ** 0.5, [z * 2 for z in (1j, 2j)], 1j + 2, 2.0 * 1j)
