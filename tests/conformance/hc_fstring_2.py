x = 42
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x*2=}")
items = ["a", "b"]
print(f"{items=}", f"{len(items)=}")
d = {"k": "v"}
print(f"{d['k']}", f"{d=!s}")
print(f"{'nested ' + f'{x}'}")
width = 8
prec = 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{x:{'>'}{width}}|")
