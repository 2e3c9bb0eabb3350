# the generator expression is its own frame in the traceback
print(sum(int(s) for s in []))
def parse(items):
    return sum(int(s) for s in items)
print(parse(["1", "2"]))
print(parse(["3", "four"]))
