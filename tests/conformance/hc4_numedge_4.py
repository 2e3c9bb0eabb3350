print(complex("1+2j"), (1 + 2j) ** 2, abs(1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), complex(3), 1j ** 2)
print(f"{1 + 2j:.1f}", format(3 - 4j, ">14"), repr(-1j), repr(complex(0, -0.0)), (2j).imag, 1 + 0j == 1)
print(complex(1, 2) == complex("1+2j"), -(1 + 1j), +(2j), (1 + 2j).real + (1 + 2j).imag)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(e)
try:
    complex("1+")
except ValueError as e:
    print(e)
int(1j)
