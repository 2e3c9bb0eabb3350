from functools import singledispatch
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register(str)
def _(x):
    return f"str {x.upper()}"
print(show(5))
print(show("hi"))
print(show([1, "a", 2.5]))
print(show(True))
