# format exponent styles
vals = [0.0, 1.0, -12.5, 6.02e23, 1e-10, 99999.5]
for v in vals:
    print(f"{v:e}", f"{v:.2e}", f"{v:E}", f"{v:10.1e}|", f"{v:+.0e}")
f"{12345:e}"
