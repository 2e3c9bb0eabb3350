def read(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", tag)

gens = [read("x"), read("y")]
for g in gens:
    for v in g:
        print("v", v)
        break
print("none closed yet")
print([next(g) for g in gens])
d = {"k": read("z")}
for v in d["k"]:
    break
print("dict one open:", next(d["k"]))
print("end")
