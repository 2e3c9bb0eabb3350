def attempt(f):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** -2.5)
attempt(lambda: 0j ** 1j)
attempt(lambda: 0 ** 1j)
attempt(lambda: 0.0 ** (1 + 1j))
attempt(lambda: 0j ** complex(-1, 0))
attempt(lambda: (1e200 + 1e200j) ** 2)
attempt(lambda: (1e200 + 1e200j) ** 2.5)
attempt(lambda: complex(float("inf"), 0) ** 2)
attempt(lambda: complex(float("inf"), 0) ** 0.5)
attempt(lambda: (10 + 0j) ** 400.5)
attempt(lambda: (1e-200 + 0j) ** -2)
attempt(lambda: 1j ** (10 ** 400))
attempt(lambda: (10 ** 400) ** 1j)
attempt(lambda: (0.5 + 0j) ** -2000.5)
(2 + 2j) ** 1e10
