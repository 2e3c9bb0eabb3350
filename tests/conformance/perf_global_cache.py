# LOAD_GLOBAL remembers where it found a name (vm.c): rebinding, deleting, re-adding and
# changing globals through globals() must all be seen at once.
counter = 0


def read():
    return counter


def bump():
    global counter
    counter += 1


seen = []
for _ in range(3):
    bump()
    seen.append(read())
print(seen)

g = globals()
g["counter"] = 100
print(read())

del counter
try:
    read()
except NameError as e:
    print("NameError:", e)

counter = "back"
print(read())

for k in range(40):
    g["filler%d" % k] = k  # grows (and so rebuilds) the namespace
print(read(), filler39)

last = "final"
print(g.popitem()[0])
try:
    print(last)
except NameError as e:
    print("NameError:", e)
last = "again"
print(last)


def shadow_builtin():
    return len("abc")


print(shadow_builtin())
len = lambda s: -1
print(shadow_builtin())
del len
print(shadow_builtin())
