# augmented assignment TypeError messages
x = 1
for rhs in ("s", [1], None):
    try:
        x += rhs
    except TypeError as e:
        print(e)
s = "a"
try:
    s -= "a"
except TypeError as e:
    print(e)
l = [1]
l += "ab"
print(l)
try:
    l -= [1]
except TypeError as e:
    print(e)
t = (1,)
t += (2,)
print(t)
t *= "x"
