funcs = {}
for name in ["a", "b"]:
    def f(n=name):
        return n.upper()
    funcs[name] = f
print({k: v() for k, v in funcs.items()})
x = 1
def read_then_global():
    global x
    y = x
    x = y + 1
    return x
print(read_then_global(), x)
def nested_lookup():
    def inner():
        return len
    return inner()([1, 2])
nested_lookup()
