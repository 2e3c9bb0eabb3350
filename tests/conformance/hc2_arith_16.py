# complex numbers
c = 3 + 4j
print(c, abs(c), c.real, c.imag, c.conjugate())
print(c * (1 - 2j), c / 2, (1j) ** 2, complex(1, -1), complex("2+3j"))
print(c == complex(3, 4), -c, c + 1)
try:
    print(c < 1)
except TypeError as e:
    print(e)
(1 + 2j) * 1j
