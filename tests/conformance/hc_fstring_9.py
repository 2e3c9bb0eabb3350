# a format spec that starts with '=' (sign-aware padding) right after the ':'
amount = 1234.5
n = -42
print(f"{amount:=+12.2f}|{amount:=12.1f}|{n:=8d}|{n:=08}|{n:=+8}")
print(f"{amount:=,.2f}|{amount:=^14.3e}|{n:=x}|{amount:=1.1f}")
print(f"{-amount:=12.1f}|{(n):=6}|{(x := 3)}|{x}")
values = [3.14159, -2.5, 100]
rows = [f"{v:=10.3f}" for v in values]
print(rows)
f"{n:=5 b}"
