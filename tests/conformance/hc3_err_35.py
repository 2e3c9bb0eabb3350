def gen():
    yield 1
gen()[0]
