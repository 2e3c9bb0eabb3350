import math
vals = {"pi": math.pi, "e": math.e, "big": 12345678.9, "tiny": 0.000012345}
for k, v in vals.items():
    print(f"{k:>5}: {v:10.4f} {v:12.4e} {v:g} {v:.3g} {v!r}")
print(f"{-1.5:+.1f} {1.5:+.1f} {0.0:+.1f} {-0.0:.1f}")
print(f"{7:03} {7:<3}| {-7:04} {7:+04}")
print(f"{1234.5678:.0f} {1234.5678:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
print(f"{12345:.2e} {0:e} {1:.0e}")
