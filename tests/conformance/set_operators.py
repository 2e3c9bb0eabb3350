a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < b, {2, 3} < a, a >= {1}, a > a, a <= a)
c = a
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 50}
print(c, a is c)
f = frozenset([1, 2])
print(f | {3}, {3} | f, f & {1}, f - {1}, f ^ {1, 5})
g = f
g |= {9}
print(g, f, g is f)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a |= [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
print(set(range(10)) - set(range(0, 10, 3)), set(range(40)) & set(range(35, 100)))
