# stubs: orders.pyi
def total(*amounts: float, tax: float = 0.2, **extra) -> float:
    base = sum(amounts)
    fees = sum(extra.values())
    return base * (1 + tax) + fees


print(total(10, 20, 30))
print(total(5.5, tax=0.0, shipping=4.99))
print(round(total(*[1.0, 2.0], **{"handling": 1.0}), 2))
