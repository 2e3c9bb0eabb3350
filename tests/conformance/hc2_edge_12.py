# generator throw uncaught traceback through yield from
def leaf():
    yield "leaf"
def middle():
    yield from leaf()
    yield "middle"
g = middle()
print(next(g))
g.throw(ValueError("injected"))
