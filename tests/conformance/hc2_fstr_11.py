# format spec errors
for spec in (".2d", "x", ",s"):
    try:
        print(format(1.5 if spec != ",s" else "s", spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(f"{'abc':,}")
except ValueError as e:
    print(e)
format(10, "z")
