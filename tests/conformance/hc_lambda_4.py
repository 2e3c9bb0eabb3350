make_multiplier = lambda n: lambda x: x * n
doubler, tripler = make_multiplier(2), make_multiplier(3)
print(doubler(5), tripler(5), make_multiplier("ab")(2))
pipeline = [lambda s: s.strip(), str.lower, lambda s: s.replace(" ", "_")]
v = "  Hello World  "
for step in pipeline:
    v = step(v)
print(v)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (t[0], t[1])))
print((lambda *args: len(args))(*range(5)), (lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 2, 3, x=9))
print(list(filter(lambda s: s and s[0].isupper(), ["Ab", "", "cd", "Ef"])))
print((lambda: (yield))() if False else "no gen lambda", (lambda x: x)(lambda y: y)(7))
