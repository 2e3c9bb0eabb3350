# float division by 0.0 in a loop
print(1 / 2, 7 // 2.0)
values = [4.0, 2.0, 0.0]
for v in values:
    print(10.0 / v)
