def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

for call in [lambda: greet(), lambda: greet("a", "b", "c"), lambda: greet(nme="x"), lambda: greet("a", greeting="x", name="y")]:
    try:
        call()
    except TypeError as e:
        print(e)
greet(1, 2, extra=3)
