# f-string debugging specifier =
x, y = 3, 4.5
print(f"{x=}", f"{y=:.2f}", f"{x + y=}", f"{x=!r}", f"{ x = }", f"{'s'=}")
items = ["a"]
print(f"{items=}", f"{len(items)=}", f"{x*2=:>5}")
f"{y=!s:>8}"
