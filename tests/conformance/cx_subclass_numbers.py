class MyInt(int):
    pass
class MyFloat(float):
    pass
a, b = MyInt(3), MyFloat(0.5)
print(a + 1j, 1j + a, b * 2j, 2j / b, a - 1j, 1j ** a, complex(a), complex(b, a), complex(a, 1j))
print(a + 1j == complex(3, 1), 3 + 0j == a, complex(b) == b, sum([1j, a, b]), abs(b + 1j) > 1)
print(format(complex(b, a), ".1f"), complex.from_number(a), complex(a, b).real)
