class N:
    pass
class C:
    def __complex__(self):
        return 1 + 2j
class CB:
    def __complex__(self):
        return 3.5
class CE:
    def __complex__(self):
        raise KeyError("inside __complex__")
class FB:
    def __float__(self):
        return 2
class FE:
    def __float__(self):
        raise KeyError("inside __float__")
class IB:
    def __index__(self):
        return 7.5
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(x=1))
attempt(lambda: complex(1, imag=2, real=3))
attempt(lambda: complex(real=1, imag=2, x=3))
attempt(lambda: complex(1, real=3))
attempt(lambda: complex("1", 2))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex(real="1"))
attempt(lambda: complex(imag="1"))
attempt(lambda: complex(None))
attempt(lambda: complex(b"1"))
attempt(lambda: complex(bytearray(b"1")))
attempt(lambda: complex([]))
attempt(lambda: complex(N()))
attempt(lambda: complex(1, None))
attempt(lambda: complex(None, 1))
attempt(lambda: complex(N(), 1))
attempt(lambda: complex(1, N()))
attempt(lambda: complex(1, C()))
attempt(lambda: complex(None, "x"))
attempt(lambda: complex(FE(), "x"))
attempt(lambda: complex(N(), FE()))
attempt(lambda: complex(CE(), N()))
attempt(lambda: complex(CB()))
attempt(lambda: complex(CB(), 1))
attempt(lambda: complex(CE()))
attempt(lambda: complex(FB()))
attempt(lambda: complex(1, FB()))
attempt(lambda: complex(IB()))
attempt(lambda: complex(10 ** 400))
attempt(lambda: complex(1, 10 ** 400))
attempt(lambda: complex.from_number("1"))
attempt(lambda: complex.from_number(None))
attempt(lambda: complex.from_number(N()))
attempt(lambda: complex.from_number(CB()))
attempt(lambda: complex.from_number())
attempt(lambda: complex.from_number(x=1))
attempt(lambda: complex.__new__())
attempt(lambda: complex.__new__(1))
attempt(lambda: complex.__new__(int, 1))
attempt(lambda: complex.__new__(N, 1))
complex(N())
