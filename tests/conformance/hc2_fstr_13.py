# thousands separators with decimals and percent
vals = [0, 1, 999, 1000, 123456789, -9876543.21, 0.5, 1e10]
for v in vals:
    print(f"{v:,}", f"{v:_}" if isinstance(v, int) else f"{v:_.2f}", f"{v:,.2f}")
print(f"{0.12345:.1%}", f"{1:.0%}", f"{-0.5:%}")
f"{1234567.891:,.0f}"
