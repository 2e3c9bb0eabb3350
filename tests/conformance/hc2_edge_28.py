# numeric format of large ints and floats with precision
print(f"{2 ** 64:,}", f"{2 ** 64:e}", f"{10 ** 30:.3e}", f"{1/3:.20f}", f"{2/3:.0f}")
print(f"{123456789012345678:_x}", f"{1e23:f}", f"{1e-7:f}", f"{5e-324:g}", f"{1.7976931348623157e308:.3g}")
print(round(1e22, -20), round(123.456e10, -12), round(2 ** 70, -20))
print(f"{0.1:.17f}", f"{0.1:.55f}")
f"{10 ** 30:f}"
