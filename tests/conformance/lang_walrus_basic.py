if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
total = 0
i = 0
while (i := i + 1) <= 3:
    total += i
print(total, i)
print([y for x in data if (y := x * x) > 10])
print(y)
print((a := 3) + (b := 4), a, b)
values = [v := 5, v + 1]
print(values, v)
def f():
    if (m := len(data)) > 3:
        return m
print(f())
