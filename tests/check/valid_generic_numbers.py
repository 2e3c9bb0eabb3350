# stubs: search.pyi
n = 10
x = n / 3
y = n // 3
z = n ** 2 + x * 1.5 - y % 2
flag = True
w = flag + 1
print(round(z, 2), abs(-n), w, int("42") + float("1.5"))
