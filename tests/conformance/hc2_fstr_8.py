# format of bools, None and containers
print(f"{True}", f"{True:d}", f"{False:>6}", f"{True:5}|", format(True, "x"))
print(f"{None!r}", f"{None}", f"{[1, 2]!s}", f"{(1,)}", f"{ {1: 2} }")
print(format(None, ""), format([1], ""))
try:
    format(None, ">5")
except TypeError as e:
    print(e)
f"{[1]:>10}"
