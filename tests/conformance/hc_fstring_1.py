name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}|")
print(f"{age:05d} {age:x} {age:#x} {age:#o} {age:#b} {age:b}")
print(f"{1234567:,} {1234567:_} {0.000123:e} {1e10:g}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}")
print(f"{{literal}} {age + 1} {[1, 2][0]} {'x' * 3}")
