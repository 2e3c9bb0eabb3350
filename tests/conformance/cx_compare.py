print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 0j != 1, 1j == 1j, 1j != 2j, 0j == 0, 0j == -0.0)
print(2 ** 53 + 1 == complex(2 ** 53, 0), complex(2 ** 53, 0) == 2 ** 53, complex(2 ** 53, 0) == 2 ** 53 + 1)
print(10 ** 400 == complex(1e300, 0), complex(1, 1) == 1, True == complex(1, 0), complex(0, 0) == False)
print(1j == "1j", 1j != None, 1j == [1j], [1j, 2] == [1j, 2], 1j in [1, 1j])
print((1 + 0j).__eq__(1), (1j).__eq__("x"), (1j).__ne__(1j), (1j).__lt__(2j), complex.__eq__(1j, 1j))
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: 1j < 2j)
attempt(lambda: 1j <= 1)
attempt(lambda: 1 > 1j)
attempt(lambda: 2.5 >= 1j)
attempt(lambda: 1j < None)
attempt(lambda: sorted([1j, 2j]))
attempt(lambda: max(1j, 2j))
attempt(lambda: min([3, 1j]))
attempt(lambda: (1, 1j) < (1, 2j))
1j < 2j
