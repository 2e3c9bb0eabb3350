def read(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

g = read("global")
print(next(g))
holder = {"it": read("in dict")}
print(next(holder["it"]))
print("end of script")
