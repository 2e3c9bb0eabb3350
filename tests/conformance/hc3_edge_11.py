print(f"{'a' if True else 'b'!r:>5}|{[1, 2][-1]}|{ {'k': 1}['k'] }|{(lambda: 7)()}")
print(f"{3:{'>'}{5}}|{'%d' % 4}|{1_000:,}|{-5 % 3}")
s = "x"
print(f"{s*3}", f"{s + 'y'!r}", f"{s:3}|", f"{len(s)=}", f"{s!a}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{1.0:n}", f"{123456:n}", f"{0.000001:n}")
