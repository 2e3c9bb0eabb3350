def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: 1j // 2)
attempt(lambda: 2 // 1j)
attempt(lambda: 1j % 2)
attempt(lambda: 2.5 % 1j)
attempt(lambda: 1j << 1)
attempt(lambda: 1 >> 1j)
attempt(lambda: 1j & 1)
attempt(lambda: 1j | 1j)
attempt(lambda: 1j ^ True)
attempt(lambda: ~1j)
attempt(lambda: 1j @ 1j)
attempt(lambda: 1j + "a")
attempt(lambda: "a" + 1j)
attempt(lambda: [1] * 1j)
attempt(lambda: 1j * [1])
attempt(lambda: (1,) + 1j)
attempt(lambda: 1j - None)
attempt(lambda: None * 1j)
attempt(lambda: 1j ** "2")
attempt(lambda: {1: 2} | 1j)
def floordiv_in_place():
    z = 1j
    z //= 2
attempt(floordiv_in_place)
def mod_in_place():
    z = 1j
    z %= 2
attempt(mod_in_place)
print((1j).__add__("a"), (1j).__radd__(1), (1j).__rsub__(1), (1j).__rtruediv__(1), (1j).__rpow__(2), (1j).__mul__(None))
x = 3 + 4j
x // 2
