z = 3 + 4j
w = complex(-0.5, 1e-10)
print(f"{z} {z!r} {z!s} {z:.2f} {z:>12} {z:<12}| {z:^12}| {z:g} {z:e}")
print(f"{w} {w:.3} {w:.2e} {w:+.1f} {w: g} {1j} {-1j} {0j:} {0j:f}")
print(f"{z=}", f"{z.real=}", f"{abs(z)=:.1f}", f"{z * 2:*^16}", f"{z.conjugate():_>14.3f}")
print("{} {:.1f} {!r} {z}".format(z, w, 1j, z=z), "{0!r:>10}|{1:e}".format(2j, z))
print("%s %r %5s" % (z, w, 1j), "%-8s|" % (2j,))
