# A builtin's name read in a loop stays right as globals gain, lose and shadow it
# (the VM caches that the name is absent from globals).
def show():
    return len("abc"), str(7)


out = []
for step in range(6):
    out.append(show())
    if step == 1:
        len = lambda s: -1          # a new global shadows the builtin
    elif step == 2:
        del len                     # the builtin again
    elif step == 3:
        globals()["str"] = lambda x: "S"  # through the dict itself
    elif step == 4:
        globals().pop("str")
print(out)

for k in range(20):                 # globals grow (and are resized) between reads
    globals()["filler_%d" % k] = k
    out.append(len(out))
print(out[-3:])
d = globals()
d.update({"abs": lambda x: "shadowed"})
print(abs(-3))
d.popitem()                         # removes abs, the last key added
print(abs(-3))
print(str(-9223372036854775808), str(9223372036854775807), repr(-5), str(0), str(10**20))
print([str(i) for i in range(-3, 12)], "%s|%r" % (12, -4), f"{3}{-3!r}")
