# int() of an infinite float
print(int(1e18), int(-0.9))
values = [2.5, -0.5, float("inf")]
for v in values:
    print(int(v))
