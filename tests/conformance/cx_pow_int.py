print(complex(1, 2) ** 3, complex(1.1, 2.2) ** 7, complex(1.1, 2.2) ** -7, complex(0.5, 0.25) ** 100)
print(complex(1.1, 0.3) ** 100, complex(1.1, 0.3) ** -100, (1j) ** 100, (1j) ** 101, (1j) ** -101)
print(complex(0.9, 0.1) ** 2.0, complex(3, 4) ** True, complex(3, 4) ** False, (2 + 0j) ** -1, (1 + 1j) ** 0)
print(complex(float("nan"), 0) ** 0, complex(float("nan"), 0) ** 1, complex(0.0, -0.0) ** 1, 1j ** complex(2, 0))
for n in range(-4, 5):
    print(n, (1.5 - 0.5j) ** n, 2 ** complex(n, 0))
z = 1 + 1j
z **= 4
print(z, pow(1 + 1j, 5), pow(2j, -2))
