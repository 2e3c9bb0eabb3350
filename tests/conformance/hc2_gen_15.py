# yield as expression precedence and yield in try/except
def g():
    x = yield 1, 2
    print("x =", x)
    y = (yield) or "default"
    print("y =", y)
    try:
        yield 1 / 0
    except ZeroDivisionError:
        yield "div handled"
gen = g()
print(next(gen))
print(gen.send("sent"))
print(gen.send(None))
print(next(gen, "end"))
