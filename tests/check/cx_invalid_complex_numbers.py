# stubs: calendar.pyi
def scale(z: complex) -> complex:
    return z * 2


print(scale("1+2j"))  # error: arg-type
print(scale(None))  # error: arg-type
print(complex(1, 2).foo)  # error: unknown-attribute
