class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class C:
    def __complex__(self):
        return 1 + 2j
class CF:
    def __complex__(self):
        return 3j
    def __float__(self):
        return 9.0
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5), complex(-0.0, -0.0))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3), complex(1, imag=2), complex(False, True))
print(complex(1j), complex(1 + 2j, 3), complex(1, 1 + 2j), complex(1j, 1j), complex(real=1j), complex(imag=1j))
print(complex(F()), complex(I()), complex(F(), I()), complex(C()), complex(CF()), complex(CF(), 1), complex(C(), 1))
print(complex(10 ** 20), complex(2 ** 53 + 1), complex(-5, 0.0), complex(float("inf"), float("-inf")))
z = 1 + 2j
print(complex(z) is z, complex.from_number(z) is z, type(complex(z)).__name__, complex(z, 0) is z)
print(complex.from_number(2), complex.from_number(1.5), complex.from_number(C()), complex.from_number(F()), complex.from_number(True))
print(complex.__new__(complex), complex.__new__(complex, 1, 2), complex.__new__(complex, "3+4j"), complex.__new__(complex, imag=5))
