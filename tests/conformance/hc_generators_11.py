import sys
def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "")
print(repr(g).startswith("<generator object gen at"))
ge = (i for i in [])
print(repr(ge).startswith("<generator object <genexpr> at"))
def nested():
    for i in range(2):
        yield from (j * 10 + i for j in range(2))
print(list(nested()))
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
x = gen_exc()
next(x)
x.close()
print("closed ok")
