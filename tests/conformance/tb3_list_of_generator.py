def gen():
    yield 1
    raise KeyError("gen fail")
list(gen())
