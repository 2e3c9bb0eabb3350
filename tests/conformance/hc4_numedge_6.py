print(f"{-0.0:z.1f}", f"{-0.001:z.1f}", f"{0.5:#.0f}", f"{5:#.2g}", f"{1e5:,.1f}", f"{1234567:_}", f"{-1234.5:=+12,.1f}")
print(f"{65:c}", f"{10:n}", f"{1e6:n}", f"{0.000012345:.2e}", f"{123:>+8}", f"{-5:^7}|", f"{5:<07}|")
print(format(float("nan"), "f"), format(float("-inf"), "e"), format(float("inf"), "+.2%"), f"{float('nan'):>6}")
print(format(True, ">5"), format(None, ""), f"{[1, 2]!s:>10}", format(10 ** 20, ",e"))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(5, ".2s")
except ValueError as e:
    print(e)
f"{'x':=5}"
