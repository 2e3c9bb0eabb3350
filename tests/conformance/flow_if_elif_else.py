def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 7
if x % 2:
    if x > 5:
        print("odd and big")
    else:
        print("odd and small")
if not x:
    print("never")
[classify(v) for v in range(-1, 2)]
