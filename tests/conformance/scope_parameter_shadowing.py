x = "global x"
def f(x):
    return x
def g(x=x):
    x = x.upper()
    return x
print(f("param"), g(), x)
def h(print):
    return print
print(h(5))
def k(len=len):
    return len([1, 2])
print(k())
