values = [0.1, 1.0, 100.0, 1e15, 1e16, 1.5e-4, 1.5e-5, 123.456e10, -0.0, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), f"{v:g}", f"{v:.3}")
