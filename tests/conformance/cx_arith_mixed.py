z = 3 + 4j
for other in (2, -3, True, False, 2.5, -0.5, 1 + 1j, -2j, 10 ** 20):
    print(z + other, other + z, z - other, other - z, z * other, other * z)
    if other:
        print(z / other, other / z)
print(type(z + 1).__name__, type(1 + z).__name__, type(1.5 * z).__name__)
print(-z, +z, abs(z), abs(-5j), abs(complex(-3, -4)), abs(0j))
w = 1j
w += 1
w *= 2
w -= 0.5
w /= 2j
w **= 2
print(w)
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2 + 0j) ** 2)
print((1 + 2j).real + (1 + 2j).imag, complex(1, 2) == 1 + 2j)
