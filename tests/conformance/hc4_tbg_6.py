def g():
    yield 1
gen = g()
next(gen)
gen.throw(TypeError("thrown in"))
