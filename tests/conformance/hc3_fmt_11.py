width = 10
prec = 3
val = 3.14159265
print(f"{val:{width}.{prec}f}|")
print(f"{val:<{width}}|")
print(f"{'x':{'>'}{width}}|")
items = ["a", "bb", "ccc"]
w = max(map(len, items))
for it in items:
    print(f"[{it:>{w}}]")
print(f"{'nested ' + str(len(items))!r:>15}")
f"{width!r:>{prec}}"
