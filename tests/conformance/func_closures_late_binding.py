funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
def outer():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]
print(outer())
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
bound = [(lambda j: (lambda: j))(j) for j in range(3)]
[f() for f in bound]
