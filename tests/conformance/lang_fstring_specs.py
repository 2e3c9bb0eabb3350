x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.25:.1%}")
print(f"{s:>6}|{s:*^7}|{s:<4}|")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{'nested'!r:>10}")
print(f"{{literal}} {n}")
print(f"{n * 2 + 1}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }")
f"{-n:6}|{n:<+6}|"
