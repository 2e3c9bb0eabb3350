a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "x"
r = s
s += "y"
print(s, r)
a += "ab"
print(a)
d = {"k": [1]}
d["k"] += [2]
print(d)
order = []
def key():
    order.append("key")
    return "k"
def box():
    order.append("box")
    return d
box()[key()] += [3]
print(order, d)
