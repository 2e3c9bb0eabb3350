print(1j, 2.5J, 1e3j, 0j, 00j, 1_000j, 0.5e-3J, 1.j, .5j, 0.0j, 1E+2j, 0e0j)
print(type(1j).__name__, type(0j) is complex, isinstance(2j, complex))
print(1j is 1j, -1j, +1j, -(0j), 3 + 4j, 3 - 4j, -3 - 4j)
print([1j, 2j], (1j,), {1j: 2j}, {3j})
x = 1e400j
print(x, -x, 1e-400j, 123456789012345678901234567890j)
