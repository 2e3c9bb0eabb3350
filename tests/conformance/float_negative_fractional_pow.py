# moat has no complex numbers: print only what both agree on
for a, b in [(-8.0, 2), (-8.0, 3.0), (-8, -1), (-2, -2)]:
    print(a ** b)
