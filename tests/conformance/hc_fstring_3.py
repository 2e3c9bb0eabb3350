import math
print(f"{math.pi:.0f} {math.pi:.10f} {math.e:+.3f} {-math.e:+.3f} {math.pi: .2f}")
print(f"{-42:05d} {42:+d} {-42:+d} {42: d}")
print(f"{True} {None} {3+4j} {b'x'}")
print(f"{1/3:.3} {100.0:.3} {0.0001234:.2} {12345.678:.3g}")
print(f"{'abc':.2} {'abcdef':>10.3}|")
print(f"{255:08b} {255:X} {-255:x} {2**70:x}")
