print(1 < 2.5, 2.5 < True)
print([1, 2] == (1, 2), "1" == 1)
values = [3, "x"]
print(values[0] < 10)
try:
    print(values[0] < values[1])
except Exception as e:
    print(type(e).__name__ + ":", e)
