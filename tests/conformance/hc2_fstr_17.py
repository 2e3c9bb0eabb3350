# g formatting edge cases
vals = [0.0, 1.0, 10.0, 100000.0, 1000000.0, 1e-4, 1e-5, 123.456, 0.000123456, 1.5e300]
for v in vals:
    print(f"{v:g}", f"{v:.3g}", f"{v:#g}", f"{v:G}", repr(v))
f"{12345678.9:.4g}"
