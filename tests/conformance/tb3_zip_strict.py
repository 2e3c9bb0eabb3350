names = ["a", "b"]
ages = [1]
for n, a in zip(names, ages, strict=True):
    print(n, a)
