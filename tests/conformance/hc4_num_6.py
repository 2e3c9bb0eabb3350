values = [3.14159, 2.71828, 1.41421, 100.0, 0.000123, 1e10, -42.5]
for v in values:
    print(f"{v:10.3f} | {v:<12g} | {v:>+10.2e} | {v:.0%}")
print(str(0.1), str(1/7), str(100.0), str(1e22), str(1.0e-4), str(3e-5))
print(format(1e21, "f"), format(123.456, ".10g"), format(0.0, "e"), format(-1.5, "+"))
