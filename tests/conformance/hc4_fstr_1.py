name = "Ada"
n = 1234567.891
print(f"{name!r:>10}|{name:<8}|{name:^9}|{name:*^9}")
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3e} {n:g} {n:%}")
print(f"{42:08b} {255:#x} {255:#o} {255:X} {-42:+d} {42: d} {1000000:,}")
width, prec = 12, 3
print(f"[{n:{width}.{prec}f}]", f"[{name:{'>'}{width}}]")
print(f"{3.14159=:.2f}", f"{name=}", f"{1+1 = }")
print(f"{'nested ' + f'{name.lower()}'!s}", f"{{literal}}", f"{[1, 2][0]}")
