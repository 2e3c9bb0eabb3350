s = "abc"
print(s.upper(), s.startswith(""), s.endswith(("x", "c")), s.center(2), s.ljust(0))
print("a" < "b" < "c", sorted(["b", "A", "a", "B"]), "Z" < "a")
print(str.upper("x"), str.join(",", ["1", "2"]))
s.foo()
