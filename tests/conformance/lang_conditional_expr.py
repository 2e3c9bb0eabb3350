def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 4)])
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
z = (1 if False else 2) + (3 if True else 4)
print(z)
calls = []
a = calls.append("yes") if True else calls.append("no")
print(calls, a)
"big" if 10 ** 20 > 2 ** 64 else "small"
