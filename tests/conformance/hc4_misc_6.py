x = 10
def show():
    print(f"{x=}, {x*2=}, {x!r:>5}, {x:#06x}")
show()
items = ["a", "b"]
print(f"{items=}", f"{len(items)=}", f"{items[0]=!s}")
name = "moat"
print(f"{name.upper()=}", f"{name[::-1]=:>8}")
