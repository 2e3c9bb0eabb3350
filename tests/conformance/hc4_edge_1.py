print("{0!r:>10}|{1:{2}}|{:{}}".format("a", 5, 4) if False else "{0!r:>10}|{1:{2}}".format("a", 5, 4))
print("{:{fill}>{w}}".format(7, fill="*", w=5), "{:^{}}".format("x", 5), "{:.{}f}".format(3.14159, 2))
print("%*d|%-*s|%.*f" % (5, 3, 4, "a", 2, 3.14159))
print("%(name)-6s|%(n)05.1f" % {"name": "ab", "n": 2.25}, "%+d %+d" % (5, -5), "%#x %#o" % (255, 8))
print("%e|%E|%g|%G" % (12345.678, 0.000123, 1e-5, 1e20), "%i" % 3.9, "%u" % 7)
print("{!s:>5}{!a}".format(1, "é"), "{0}{0!r}".format("q"), "{:%}".format(0.25), "{:_b}".format(255))
w = 8
x = 3.14159
print(f"{x=:.2f}", f"{x = }", f"{x!r:^{w}}", f"{'ab':{'*'}>{w}}")
print(f"{"nested quotes"}", f"{f'{x:.1f}'}", f"{x:{w}.{2}f}|")
