# throw with exception type, returning value
def g():
    try:
        yield 1
    except ZeroDivisionError:
        return "caught zde"
gen = g()
next(gen)
try:
    gen.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
gen2 = g()
try:
    gen2.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", e)
print(next(gen2, "exhausted"))
gen3 = g()
gen3.throw(ValueError("raw"))
