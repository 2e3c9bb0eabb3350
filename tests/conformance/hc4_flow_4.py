def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind

print([classify(n) for n in (-2, 0, 3, 4)])
v = 5
label = "big" if v > 3 else "medium" if v > 1 else "small"
print(label)
def no_return():
    pass
print(no_return(), (lambda: None)())
if (n := len("hello")) > 3:
    print("long", n)
