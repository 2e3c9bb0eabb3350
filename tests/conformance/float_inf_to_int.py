values = [1.5, float("inf")]
for v in values:
    print(int(v))
