# errors while formatting with a conversion and a spec
class R:
    def __repr__(self):
        return "R()"

print(f"{R()!r:>6}|")
x = 5
print(f"{x!r:^5}|")
print(f"val={x:{'>'}{4}}")
f"{R()!s:d}"
