z = complex(1.5, -2)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.conjugate().conjugate() == z)
print((1j).real, (1j).imag, (3 + 0j).imag, complex(-0.0, -0.0).real, z.__complex__(), z.__getnewargs__())
print(complex.conjugate(z), (5j).conjugate(), complex(1, -0.0).conjugate(), z.__complex__() is z, (+z) is z)
print(getattr(z, "real"), hasattr(z, "imag"), hasattr(z, "foo"), hasattr(z, "__floordiv__"), hasattr(z, "__mod__"), hasattr(z, "__int__"))
def attempt(f):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def set_real():
    z.real = 3
def set_imag():
    z.imag = 3
def set_other():
    z.foo = 1
def set_method():
    z.conjugate = 1
attempt(set_real)
attempt(set_imag)
attempt(set_other)
attempt(set_method)
attempt(lambda: z.foo)
attempt(lambda: z.conjugate(1))
attempt(lambda: complex.conjugate(1.5))
attempt(lambda: z.__getnewargs__(1))
z.imaginary
