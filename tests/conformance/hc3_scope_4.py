funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])
def make(i):
    def f():
        return i
    return f
print([make(i)() for i in range(3)])
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
counter
